import axios, { AxiosHeaders, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';
import { randomUUID } from 'node:crypto';

declare module 'axios' {
  interface InternalAxiosRequestConfig {
    metadata?: { startedAt: number; correlationId: string };
  }
}

export interface HttpConfig {
  baseURL: string;
  tokenProvider: () => Promise<string>;
  apiVersion?: string;
  serviceName: string;
}

export function createHttp(cfg: HttpConfig): AxiosInstance {
  const instance = axios.create({ baseURL: cfg.baseURL, timeout: 29_000 });

  instance.interceptors.request.use(async (config: InternalAxiosRequestConfig) => {
    const headers = AxiosHeaders.from(config.headers);
    headers.set('Authorization', `Bearer ${await cfg.tokenProvider()}`);
    headers.set('Accept', headers.get('Accept') ?? 'application/json');
    if (cfg.apiVersion) headers.set('X-Version', cfg.apiVersion);
    headers.set('X-Client', cfg.serviceName);
    config.headers = headers;
    config.metadata = { startedAt: Date.now(), correlationId: randomUUID() };
    return config;
  });

  instance.interceptors.response.use(
    (response) => {
      const m = response.config.metadata;
      if (m) console.debug(`[${cfg.serviceName}] ${response.config.method?.toUpperCase()} ${response.config.url} ${response.status} ${Date.now() - m.startedAt}ms`);
      return response;
    },
    async (error) => {
      if (axios.isAxiosError(error) && error.response?.status === 429 && error.config && !(error.config as { _retried?: boolean })._retried) {
        const seconds = Number(error.response.headers['retry-after'] ?? 1);
        await new Promise((r) => setTimeout(r, seconds * 1000));
        return instance.request({ ...error.config, _retried: true } as InternalAxiosRequestConfig);
      }
      return Promise.reject(error);
    },
  );
  return instance;
}
