// All Workiva traffic leaves through the platform edge gateway. In production the gateway mounts the
// Workiva API under WORKIVA_GATEWAY_MOUNT (e.g. /api/workiva); locally the mount is empty.
export interface GatewayRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface GatewayResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export class GatewayError extends Error {
  constructor(readonly status: number, readonly code: string | undefined, message: string) {
    super(message);
    this.name = 'GatewayError';
  }
}

export class WorkivaGateway {
  private readonly root: string;

  constructor(origin: string, mount: string, private readonly token: string) {
    this.root = origin.replace(/\/$/, '') + mount;
  }

  async send<T>(req: GatewayRequest): Promise<GatewayResponse<T>> {
    const res = await fetch(this.root + req.path, {
      method: req.method,
      headers: {
        Authorization: `Bearer ${this.token}`,
        Accept: 'application/json',
        ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...req.headers,
      },
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
    });
    const text = await res.text();
    const data = (text ? JSON.parse(text) : undefined) as T;
    if (res.status >= 400) {
      const err = data as { code?: string; message?: string } | undefined;
      throw new GatewayError(res.status, err?.code, err?.message ?? `gateway returned ${res.status}`);
    }
    return { status: res.status, headers: res.headers, data };
  }

  /** Operation and file URLs come back absolute; they still need our credentials. */
  async follow(url: string, accept = 'application/json'): Promise<Response> {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${this.token}`, Accept: accept } });
    if (!res.ok) throw new GatewayError(res.status, undefined, `GET ${url} failed with ${res.status}`);
    return res;
  }
}
