import type { Clock, CredentialsPort, HttpPort, HttpRequest, HttpResult } from './ports.js';

export class FetchHttpAdapter implements HttpPort {
  constructor(private readonly credentials: CredentialsPort) {}

  async send(req: HttpRequest): Promise<HttpResult> {
    const headers: Record<string, string> = { Authorization: `Bearer ${await this.credentials.bearer()}`, ...req.headers };
    const init: RequestInit = { method: req.method, headers };
    if (req.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(req.json);
    }
    const res = await fetch(req.url, init);
    const buf = new Uint8Array(await res.arrayBuffer());
    return {
      status: res.status,
      header: (name) => res.headers.get(name),
      json: <T>() => JSON.parse(new TextDecoder().decode(buf)) as T,
      bytes: () => buf,
    };
  }
}

export const systemClock: Clock = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

export class StaticCredentials implements CredentialsPort {
  constructor(private readonly value: string) {}
  async bearer(): Promise<string> {
    return this.value;
  }
}
