import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';
import type { WorkivaConfig } from './config.js';

interface RetryableConfig extends InternalAxiosRequestConfig {
  __retryCount?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createWorkivaHttp(config: WorkivaConfig): AxiosInstance {
  const instance = axios.create({
    baseURL: config.apiUrl,
    timeout: config.requestTimeoutMs,
    headers: { Accept: 'application/json', 'X-Version': config.apiVersion },
  });

  instance.interceptors.request.use((req) => {
    req.headers.set('Authorization', `Bearer ${config.token}`);
    return req;
  });

  instance.interceptors.response.use(undefined, async (error: AxiosError) => {
    const req = error.config as RetryableConfig | undefined;
    const status = error.response?.status;
    if (!req || (status !== 429 && status !== 503)) throw error;
    req.__retryCount = (req.__retryCount ?? 0) + 1;
    if (req.__retryCount > 3) throw error;
    const retryAfter = Number(error.response?.headers['retry-after'] ?? 2);
    await sleep(retryAfter * 1000);
    return instance.request(req);
  });

  return instance;
}
