import got, { type Method, type OptionsOfTextResponseBody } from 'got';

let baseUrl = process.env['WORKIVA_API_URL'] ?? 'https://api.app.wdesk.com';
let tokenProvider: () => Promise<string> = async () => process.env['WORKIVA_TOKEN'] ?? '';

export function configureApi(opts: { baseUrl?: string; token?: () => Promise<string> }): void {
  if (opts.baseUrl) baseUrl = opts.baseUrl;
  if (opts.token) tokenProvider = opts.token;
}

export interface MutatorResponse<T> {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  data: T;
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly body: { code?: string; message?: string }) {
    super(`${status} ${body.code ?? ''} ${body.message ?? ''}`.trim());
  }
}

/** orval mutator: every generated function funnels through here. */
export const customInstance = async <T>(
  config: { url: string; method: Method; data?: unknown; headers?: Record<string, string>; params?: Record<string, string> },
  options?: Partial<OptionsOfTextResponseBody>,
): Promise<MutatorResponse<T>> => {
  const res = await got(new URL(config.url, baseUrl), {
    method: config.method,
    headers: { authorization: `Bearer ${await tokenProvider()}`, accept: 'application/json', ...config.headers },
    ...(config.data !== undefined ? { json: config.data } : {}),
    ...(config.params ? { searchParams: config.params } : {}),
    throwHttpErrors: false,
    ...options,
  });
  if (res.statusCode >= 400) {
    let body: { code?: string; message?: string } = {};
    try {
      body = JSON.parse(res.body) as typeof body;
    } catch {
      /* ignore */
    }
    throw new ApiError(res.statusCode, body);
  }
  return { status: res.statusCode, headers: res.headers, data: (res.body ? JSON.parse(res.body) : undefined) as T };
};
