// Test doubles for the evidence service specs: an msw-style route table served by a fake fetch.
type Resolver = (req: Request, params: Record<string, string>) => Response | Promise<Response>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  resolve: Resolver;
}

function compile(path: string): { pattern: RegExp; keys: string[] } {
  const keys: string[] = [];
  const source = path.replace(/:(\w+)/g, (_m, k: string) => {
    keys.push(k);
    return '([^/]+)';
  });
  return { pattern: new RegExp(`^${source}$`), keys };
}

export function createFakeWorkiva(routes: Array<[method: string, path: string, resolve: Resolver]>): typeof fetch {
  const table: Route[] = routes.map(([method, path, resolve]) => ({ method, ...compile(path), resolve }));
  return async (input, init) => {
    const req = new Request(input, init);
    const { pathname } = new URL(req.url);
    for (const r of table) {
      const m = r.method === req.method ? r.pattern.exec(pathname) : null;
      if (m) return r.resolve(req, Object.fromEntries(r.keys.map((k, i) => [k, m[i + 1] ?? ''])));
    }
    return new Response(JSON.stringify({ code: '404NotFound', message: `no fake for ${req.method} ${pathname}` }), { status: 404 });
  };
}

export const defaultHandlers: Array<[string, string, Resolver]> = [
  [
    'POST',
    '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export',
    (_req, p) => new Response(null, { status: 202, headers: { Location: `http://fake.test/operations/op-${p['attachmentId']}`, 'Retry-After': '0' } }),
  ],
  ['GET', '/operations/:id', (_req, p) => Response.json({ id: p['id'], status: 'completed', resourceUrl: `http://fake.test/files/${p['id']}` })],
  ['GET', '/files/:id', () => new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46]), { headers: { 'Content-Type': 'application/pdf' } })],
];
