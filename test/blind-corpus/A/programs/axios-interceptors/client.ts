import axios, { type AxiosInstance, AxiosError } from 'axios';

export function createWorkivaAxios(baseURL: string, tokenProvider: () => Promise<string>): AxiosInstance {
  const instance = axios.create({ baseURL, timeout: 15_000, headers: { Accept: 'application/json' } });
  instance.interceptors.request.use(async (config) => {
    config.headers.set('Authorization', `Bearer ${await tokenProvider()}`);
    return config;
  });
  instance.interceptors.response.use(
    (response) => response,
    (error: unknown) => {
      if (error instanceof AxiosError && error.response) {
        const data = error.response.data as { code?: string; message?: string } | undefined;
        error.message = `Workiva ${error.response.status} ${data?.code ?? ''}: ${data?.message ?? error.message}`;
      }
      return Promise.reject(error);
    },
  );
  return instance;
}
