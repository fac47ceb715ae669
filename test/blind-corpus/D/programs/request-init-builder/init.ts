export interface InitOptions {
  token: string;
  body?: unknown;
  accept?: string;
  timeoutMs?: number;
}

/** Builds the RequestInit every platform call uses (auth, JSON body, timeout). */
export function platformInit(method: string, opts: InitOptions): RequestInit {
  const headers: Record<string, string> = {
    authorization: `Bearer ${opts.token}`,
    accept: opts.accept ?? 'application/json',
  };
  const init: RequestInit = { method, headers, signal: AbortSignal.timeout(opts.timeoutMs ?? 20_000) };
  if (opts.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(opts.body);
  }
  return init;
}

export function retryAfterSeconds(res: Response): number {
  const v = Number(res.headers.get('retry-after'));
  return Number.isFinite(v) && v > 0 ? v : 1;
}
