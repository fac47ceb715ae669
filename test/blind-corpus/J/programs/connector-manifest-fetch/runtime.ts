// Minimal connector runtime: connectors declare triggers/actions, the host wires auth + HTTP.
export type Params = Record<string, string>;

export interface HttpCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string; // may contain {placeholders}
  params?: Params;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RuntimeContext {
  request(call: HttpCall): Promise<Response>;
  fetchAbsolute(url: string, init?: RequestInit): Promise<Response>;
  wait(seconds: number): Promise<void>;
}

export interface ActionDefinition<I = unknown, O = unknown> {
  name: string;
  run(ctx: RuntimeContext, input: I): Promise<O>;
}

export interface ConnectorDefinition {
  name: string;
  auth: { type: 'oauth2-client-credentials'; tokenPath: string };
  actions: Record<string, ActionDefinition<any, any>>;
}

const registered: ConnectorDefinition[] = [];

export function defineConnector(def: ConnectorDefinition): ConnectorDefinition {
  registered.push(def);
  return def;
}

export function findConnector(name: string): ConnectorDefinition {
  const def = registered.find((c) => c.name === name);
  if (!def) throw new Error(`connector "${name}" is not installed`);
  return def;
}

function expand(path: string, params: Params = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`missing path parameter ${key}`);
    return encodeURIComponent(value);
  });
}

export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string | undefined, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

export async function createContext(baseUrl: string, def: ConnectorDefinition, clientId: string, clientSecret: string): Promise<RuntimeContext> {
  const tokenRes = await fetch(new URL(def.auth.tokenPath, baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  if (!tokenRes.ok) throw new HttpError(tokenRes.status, undefined, 'token request failed');
  const { access_token } = (await tokenRes.json()) as { access_token: string };
  const auth = { Authorization: `Bearer ${access_token}` };

  const check = async (res: Response): Promise<Response> => {
    if (res.ok) return res;
    const err = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new HttpError(res.status, err.code, err.message ?? res.statusText);
  };

  return {
    async request(call) {
      const url = new URL(expand(call.path, call.params), baseUrl);
      const res = await fetch(url, {
        method: call.method,
        headers: { ...auth, Accept: 'application/json', ...(call.body ? { 'Content-Type': 'application/json' } : {}), ...call.headers },
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
      });
      return check(res);
    },
    async fetchAbsolute(url, init) {
      return check(await fetch(url, { ...init, headers: { ...auth, ...(init?.headers as Record<string, string> | undefined) } }));
    },
    wait: (seconds) => new Promise((r) => setTimeout(r, seconds * 1000)),
  };
}
