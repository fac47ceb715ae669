import axios, { AxiosError, type AxiosInstance, type AxiosRequestConfig, type AxiosResponse } from 'axios';
import { Injectable } from './di.js';
import { WORKIVA_CONFIG, type WorkivaConfig } from './config.js';

export class WorkivaApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'WorkivaApiError';
  }
}

@Injectable(WORKIVA_CONFIG)
export class WorkivaHttpService {
  private readonly axios: AxiosInstance;

  constructor(private readonly config: WorkivaConfig) {
    this.axios = axios.create({
      baseURL: config.apiUrl,
      timeout: config.requestTimeoutMs,
      headers: {
        Accept: 'application/json',
        'X-Version': config.apiVersion,
      },
    });
    this.axios.interceptors.request.use((req) => {
      req.headers.set('Authorization', `Bearer ${this.config.bearerToken}`);
      return req;
    });
  }

  async post<T>(path: string, body: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>> {
    return this.wrap(() => this.axios.post<T>(path, body, config));
  }

  async get<T>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>> {
    return this.wrap(() => this.axios.get<T>(url, config));
  }

  private async wrap<T>(call: () => Promise<AxiosResponse<T>>): Promise<AxiosResponse<T>> {
    try {
      return await call();
    } catch (err) {
      if (err instanceof AxiosError && err.response) {
        const data = err.response.data as { code?: string; message?: string } | undefined;
        const retryAfter = Number(err.response.headers['retry-after']);
        throw new WorkivaApiError(
          err.response.status,
          data?.code,
          data?.message ?? err.message,
          Number.isFinite(retryAfter) ? retryAfter : undefined,
        );
      }
      throw err;
    }
  }
}
