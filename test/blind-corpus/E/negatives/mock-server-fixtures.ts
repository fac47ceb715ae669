// Fixtures for component tests: a small interceptor table in the style of nock/msw handlers.
type Handler = { method: 'GET' | 'POST'; pattern: RegExp; reply: (url: string) => { status: number; headers?: Record<string, string>; body?: unknown } };

export const handlers: Handler[] = [
  {
    method: 'POST',
    pattern: /\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/,
    reply: () => ({ status: 202, headers: { Location: 'http://mock.local/operations/op-1', 'Retry-After': '0' } }),
  },
  {
    method: 'GET',
    pattern: /\/operations\/op-1$/,
    reply: () => ({ status: 200, body: { id: 'op-1', status: 'completed', resourceUrl: 'http://mock.local/files/op-1.pdf' } }),
  },
];

export function match(method: string, url: string): Handler | undefined {
  return handlers.find((h) => h.method === method && h.pattern.test(url));
}

export const recordedRequest = {
  method: 'POST',
  path: '/prototype/platform/audits/QXVkaXQ6MTIz/procedures/UHJvY2VkdXJlOjQ1/matrices/TWF0cml4Ojc4/samples/U2FtcGxlOjkw/attachments/att-1/export',
  body: { format: 'pdf' },
};
