import axios, { AxiosHeaders, type AxiosResponse, type ResponseType } from 'axios';

export type Scalar = string | number | { toString(): string };

export interface RestRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Either a list of path segments (encoded for you) or an absolute URL. */
  resource: readonly Scalar[] | string;
  body?: unknown;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  responseType?: ResponseType;
}

export interface RestConfig {
  baseURL: string;
  token: () => string;
}

let current: RestConfig | undefined;

export function configureRest(config: RestConfig): void {
  current = config;
}

export async function rest<T = unknown>(req: RestRequest): Promise<AxiosResponse<T>> {
  if (!current) throw new Error('rest() used before configureRest()');
  const url = typeof req.resource === 'string' ? req.resource : '/' + Array.from(req.resource, (s) => encodeURIComponent(String(s))).join('/');
  const headers = new AxiosHeaders({ Authorization: `Bearer ${current.token()}`, Accept: 'application/json', ...req.headers });
  return axios.request<T>({
    baseURL: current.baseURL,
    url,
    method: req.method,
    data: req.body,
    params: req.query,
    headers,
    responseType: req.responseType ?? 'json',
    validateStatus: () => true,
  });
}
