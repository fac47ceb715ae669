import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';

export interface WorkivaApiConfig {
  baseURL: string;
  getToken: () => Promise<string>;
  timeoutMs?: number;
}

export class WorkivaRequestError extends Error {
  constructor(message: string, readonly status?: number, readonly code?: string) {
    super(message);
    this.name = 'WorkivaRequestError';
  }
}

export function createWorkivaAxios(config: WorkivaApiConfig): AxiosInstance {
  const instance = axios.create({
    baseURL: config.baseURL,
    timeout: config.timeoutMs ?? 30_000,
    headers: { Accept: 'application/json', 'X-Version': '2022-01-01' },
    // 202 is the normal answer for exports; let callers see it
    validateStatus: (s) => s >= 200 && s < 300,
  });

  instance.interceptors.request.use(async (req: InternalAxiosRequestConfig) => {
    req.headers.set('Authorization', `Bearer ${await config.getToken()}`);
    return req;
  });

  instance.interceptors.response.use(undefined, (error: unknown) => {
    if (error instanceof AxiosError && error.response) {
      const data = error.response.data as { code?: string; message?: string } | undefined;
      throw new WorkivaRequestError(data?.message ?? error.message, error.response.status, data?.code);
    }
    throw error;
  });

  return instance;
}
