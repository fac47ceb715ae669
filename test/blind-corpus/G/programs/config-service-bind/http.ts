export interface HttpReply {
  status: number;
  headers: Headers;
  data: unknown;
  raw?: ArrayBuffer;
}

export interface HttpContext {
  root: string;
  token: string;
  version?: string;
}

/** Generic call helper; bind the context and method once, call with a path. */
export async function http(ctx: HttpContext, method: string, path: string, body?: unknown, binary = false): Promise<HttpReply> {
  const target = path.startsWith('http') ? path : `${ctx.root}${path}`;
  const headers: Record<string, string> = { Authorization: `Bearer ${ctx.token}` };
  if (ctx.version) headers['X-Version'] = ctx.version;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (!binary) headers['Accept'] = 'application/json';
  const res = await fetch(target, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (binary && res.ok) return { status: res.status, headers: res.headers, data: undefined, raw: await res.arrayBuffer() };
  const text = await res.text();
  return { status: res.status, headers: res.headers, data: text ? JSON.parse(text) : undefined };
}

export const curried =
  (ctx: HttpContext) =>
  (method: string) =>
  (path: string, body?: unknown): Promise<HttpReply> =>
    http(ctx, method, path, body);
