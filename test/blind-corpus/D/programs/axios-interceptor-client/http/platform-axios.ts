import axios, { type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';

export interface PlatformAxiosOptions {
  baseURL: string;
  tokenSource: () => string | Promise<string>;
  timeout?: number;
}

export function createPlatformAxios(opts: PlatformAxiosOptions): AxiosInstance {
  const instance = axios.create({
    baseURL: opts.baseURL,
    timeout: opts.timeout ?? 15_000,
    headers: { Accept: 'application/json' },
  });
  instance.interceptors.request.use(async (config: InternalAxiosRequestConfig) => {
    const token = await opts.tokenSource();
    config.headers.set('Authorization', `Bearer ${token}`);
    return config;
  });
  return instance;
}
