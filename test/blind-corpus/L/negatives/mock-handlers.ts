// Test doubles for the evidence sync tests, in the style of msw handlers (a tiny local registry, no network).
type Resolver = (req: { url: URL; method: string; body: unknown }) => { status: number; headers?: Record<string, string>; body?: unknown };

interface Handler {
  method: string;
  pattern: RegExp;
  resolve: Resolver;
}

const handlers: Handler[] = [];

export const mock = {
  post(pattern: RegExp, resolve: Resolver) {
    handlers.push({ method: 'POST', pattern, resolve });
  },
  get(pattern: RegExp, resolve: Resolver) {
    handlers.push({ method: 'GET', pattern, resolve });
  },
  handle(method: string, url: string, body?: unknown) {
    const u = new URL(url);
    const h = handlers.find((x) => x.method === method && x.pattern.test(u.pathname));
    return h ? h.resolve({ url: u, method, body }) : { status: 404, body: { code: '404NotFound', message: 'no mock' } };
  },
};

mock.post(/^\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/, () => ({
  status: 202,
  headers: { Location: 'https://api.example.test/prototype/platform/operations/op-1', 'Retry-After': '1' },
}));

mock.get(/^\/prototype\/platform\/operations\/op-1$/, () => ({
  status: 200,
  headers: { 'Retry-After': '1' },
  body: { id: 'op-1', status: 'completed', resourceUrl: 'https://api.example.test/files/op-1.pdf' },
}));

export const fixtureExportPath = '/prototype/platform/audits/QXVkaXQ6MTIz/procedures/UHJvY2VkdXJlOjQ1/matrices/TWF0cml4Ojc4/samples/U2FtcGxlOjkw/attachments/att-1/export';

export function expectedCall() {
  return mock.handle('POST', `https://api.example.test${fixtureExportPath}`, { format: 'pdf' });
}
