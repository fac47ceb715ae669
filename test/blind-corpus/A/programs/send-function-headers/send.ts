export interface SendResult {
  status: number;
  headers: Headers;
  text(): Promise<string>;
  json<T>(): Promise<T>;
  bytes(): Promise<ArrayBuffer>;
}

export async function send(method: string, url: string, headers: Record<string, string>, payload?: object): Promise<SendResult> {
  const started = performance.now();
  const res = await fetch(url, { method, headers, body: payload ? JSON.stringify(payload) : undefined });
  if (process.env.HTTP_TRACE) console.debug(`${method} ${url} ${res.status} ${Math.round(performance.now() - started)}ms`);
  return {
    status: res.status,
    headers: res.headers,
    text: () => res.text(),
    json: async <T>() => (await res.json()) as T,
    bytes: () => res.arrayBuffer(),
  };
}
