// msw-style handler table used by the component tests; nothing here makes a network request.

type Resolver = (req: { params: Record<string, string>; body: unknown }) => { status: number; headers?: Record<string, string>; body?: unknown };

interface Handler {
  method: 'GET' | 'POST';
  pattern: string;
  resolver: Resolver;
}

const handlers: Handler[] = [];

export const http = {
  get(pattern: string, resolver: Resolver): Handler {
    const h: Handler = { method: 'GET', pattern, resolver };
    handlers.push(h);
    return h;
  },
  post(pattern: string, resolver: Resolver): Handler {
    const h: Handler = { method: 'POST', pattern, resolver };
    handlers.push(h);
    return h;
  },
};

export const exportHandlers = [
  http.post('*/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', ({ params }) => ({
    status: 202,
    headers: { Location: `http://mock.local/operations/${params['attachmentId']}`, 'Retry-After': '1' },
  })),
  http.get('http://mock.local/operations/:id', ({ params }) => ({
    status: 200,
    body: { id: params['id'], status: 'completed', resourceUrl: `http://mock.local/files/${params['id']}.pdf` },
  })),
];

export function nockStyleScope(base: string) {
  return {
    base,
    interceptors: [
      { verb: 'post', path: /\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/, reply: 202 },
    ],
  };
}

export function match(method: string, url: string): Handler | undefined {
  return handlers.find((h) => h.method === method && new RegExp(h.pattern.replace('*', '.*').replace(/:\w+/g, '[^/]+') + '$').test(url));
}
