import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';

interface RetryableConfig extends InternalAxiosRequestConfig {
  __retryCount?: number;
}

const RETRYABLE = new Set([429, 503]);

export function createPlatformAxios(baseURL: string, token: string, maxRetries = 3): AxiosInstance {
  const instance = axios.create({
    baseURL,
    headers: { common: { Authorization: `Bearer ${token}`, Accept: 'application/json' } },
  });

  instance.interceptors.response.use(undefined, async (error: AxiosError) => {
    const config = error.config as RetryableConfig | undefined;
    const status = error.response?.status;
    if (!config || status === undefined || !RETRYABLE.has(status)) throw error;
    config.__retryCount = (config.__retryCount ?? 0) + 1;
    if (config.__retryCount > maxRetries) throw error;
    const seconds = Number(error.response?.headers['retry-after'] ?? 2 ** config.__retryCount);
    await new Promise((r) => setTimeout(r, seconds * 1000));
    return instance.request(config);
  });

  return instance;
}
