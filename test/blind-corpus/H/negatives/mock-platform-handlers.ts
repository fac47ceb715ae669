// Request handlers for the component tests (msw-like API, kept local so tests do not need the network).
type Resolver = (req: { url: URL; params: Record<string, string>; body: unknown }) => { status: number; headers?: Record<string, string>; json?: unknown };

interface Handler {
  method: 'GET' | 'POST';
  pattern: string;
  resolver: Resolver;
}

export const http = {
  get: (pattern: string, resolver: Resolver): Handler => ({ method: 'GET', pattern, resolver }),
  post: (pattern: string, resolver: Resolver): Handler => ({ method: 'POST', pattern, resolver }),
};

export const handlers: Handler[] = [
  http.post('*/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', ({ params }) => ({
    status: 202,
    headers: { Location: `http://mock.local/operations/${params['attachmentId']}`, 'Retry-After': '0' },
  })),
  http.get('http://mock.local/operations/:id', ({ params }) => ({
    status: 200,
    json: { id: params['id'], status: 'completed', resourceUrl: `http://mock.local/files/${params['id']}.pdf` },
  })),
];

export function matchHandler(method: string, url: string): Handler | undefined {
  return handlers.find((h) => {
    if (h.method !== method) return false;
    const re = new RegExp('^' + h.pattern.replace(/\*/g, '.*').replace(/:[A-Za-z]+/g, '[^/]+') + '$');
    return re.test(url);
  });
}
