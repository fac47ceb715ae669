import got, { type Got, type Headers as GotHeaders } from 'got';

export interface TransportResponse<T> {
  statusCode: number;
  headers: GotHeaders | Record<string, string | string[] | undefined>;
  body: T;
}

export class Transport {
  readonly client: Got;

  constructor(baseUrl: string, token: string) {
    this.client = got.extend({
      prefixUrl: baseUrl,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      throwHttpErrors: true,
    });
  }

  async post<T>(path: string, json: unknown): Promise<TransportResponse<T | undefined>> {
    const res = await this.client.post(path.replace(/^\//, ''), { json });
    return { statusCode: res.statusCode, headers: res.headers, body: res.body ? (JSON.parse(res.body) as T) : undefined };
  }

  async getJson<T>(absoluteUrl: string): Promise<TransportResponse<T>> {
    const res = await this.client.get(absoluteUrl, { prefixUrl: '', responseType: 'json' });
    return { statusCode: res.statusCode, headers: res.headers, body: res.body as T };
  }

  async getBytes(absoluteUrl: string): Promise<Buffer> {
    return this.client.get(absoluteUrl, { prefixUrl: '' }).buffer();
  }
}
