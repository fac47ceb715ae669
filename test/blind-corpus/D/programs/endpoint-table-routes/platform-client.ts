export interface ClientResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export class PlatformClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private url(pathOrUrl: string): string {
    return pathOrUrl.startsWith('http') ? pathOrUrl : new URL(pathOrUrl, this.baseUrl).toString();
  }

  async get<T>(pathOrUrl: string): Promise<ClientResponse<T>> {
    const res = await fetch(this.url(pathOrUrl), { headers: { Authorization: `Bearer ${this.token}` } });
    if (!res.ok) throw new Error(`GET ${pathOrUrl}: ${res.status}`);
    return { status: res.status, headers: res.headers, data: (await res.json()) as T };
  }

  async getBytes(pathOrUrl: string): Promise<ArrayBuffer> {
    const res = await fetch(this.url(pathOrUrl), { headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/pdf' } });
    if (!res.ok) throw new Error(`download ${pathOrUrl}: ${res.status}`);
    return res.arrayBuffer();
  }

  async post<T>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<ClientResponse<T | undefined>> {
    const res = await fetch(this.url(path), {
      method: 'POST',
      headers: { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (res.status >= 400) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    const text = await res.text();
    return { status: res.status, headers: res.headers, data: text ? (JSON.parse(text) as T) : undefined };
  }
}
