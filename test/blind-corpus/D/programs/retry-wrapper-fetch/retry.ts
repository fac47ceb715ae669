export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  /** Decide whether a failed attempt is worth retrying. */
  retryOn?: (error: unknown) => boolean;
}

export class RetryableStatusError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | undefined,
  ) {
    super(`retryable status ${status}`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? 3;
  const base = opts.baseDelayMs ?? 250;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await fn();
    } catch (error) {
      lastError = error;
      const retry = opts.retryOn ? opts.retryOn(error) : error instanceof RetryableStatusError;
      if (!retry || attempt === attempts) break;
      const hinted = error instanceof RetryableStatusError ? error.retryAfterMs : undefined;
      await sleep(hinted ?? base * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

/** Turns 429/503 into RetryableStatusError so withRetry can back off. */
export function throwIfRetryable(res: Response): Response {
  if (res.status === 429 || res.status === 503) {
    const ra = res.headers.get('retry-after');
    throw new RetryableStatusError(res.status, ra ? Number(ra) * 1000 : undefined);
  }
  return res;
}
