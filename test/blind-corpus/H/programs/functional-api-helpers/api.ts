export type HttpMethod = 'GET' | 'POST';

export interface ApiConfig {
  baseUrl: string;
  token: string;
}

export interface ApiResult<T> {
  data: T;
  status: number;
  retryAfter: number | undefined;
  location: string | undefined;
}

export class ApiError extends Error {
  constructor(
    public status: number,
    public body: unknown,
  ) {
    super(`API error ${status}: ${JSON.stringify(body)}`);
  }
}

export const makeApi = (config: ApiConfig) => {
  const withAuth = (headers: Record<string, string> = {}) => ({ ...headers, Authorization: `Bearer ${config.token}` });

  const apiCall = async <T = unknown>(method: HttpMethod, path: string, body?: object): Promise<ApiResult<T>> => {
    const url = path.startsWith('http') ? path : config.baseUrl + path;
    const response = await fetch(url, {
      method,
      headers: withAuth(body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' }),
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    const data = text ? (JSON.parse(text) as T) : (undefined as T);
    if (response.status >= 400) throw new ApiError(response.status, data);
    const ra = response.headers.get('Retry-After');
    return { data, status: response.status, retryAfter: ra === null ? undefined : Number(ra), location: response.headers.get('Location') ?? undefined };
  };

  const downloadBinary = async (url: string): Promise<ArrayBuffer> => {
    const response = await fetch(url, { headers: withAuth() });
    if (!response.ok) throw new ApiError(response.status, await response.text());
    return response.arrayBuffer();
  };

  return { apiCall, downloadBinary };
};
