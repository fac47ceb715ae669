import axios, { type AxiosInstance, type AxiosRequestConfig, type AxiosResponse } from 'axios';

export interface TransportRequest {
  method: 'GET' | 'POST';
  url: string;
  data?: unknown;
  headers?: Record<string, string>;
  binary?: boolean;
}

export interface Transport {
  send<T = unknown>(req: TransportRequest): Promise<AxiosResponse<T>>;
}

export class AxiosTransport implements Transport {
  private readonly client: AxiosInstance;

  constructor(baseURL: string, private readonly tokenProvider: () => Promise<string>) {
    this.client = axios.create({ baseURL, validateStatus: (s) => s < 600 });
  }

  async send<T = unknown>(req: TransportRequest): Promise<AxiosResponse<T>> {
    const config: AxiosRequestConfig = {
      method: req.method,
      url: req.url,
      data: req.data,
      headers: { Authorization: `Bearer ${await this.tokenProvider()}`, ...req.headers },
      responseType: req.binary ? 'arraybuffer' : 'json',
    };
    return this.client.request<T>(config);
  }
}
