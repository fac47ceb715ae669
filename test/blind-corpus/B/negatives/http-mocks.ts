// Test doubles for the evidence service: interceptors in the style of nock and msw, written against a
// tiny local interface so the spec files do not need the real libraries.

interface Interceptor {
  reply(status: number, body?: unknown, headers?: Record<string, string>): Scope;
}
interface Scope {
  post(path: string | RegExp, body?: unknown): Interceptor;
  get(path: string | RegExp): Interceptor;
}
declare function nock(base: string): Scope;

export function mockWorkiva(base: string) {
  return nock(base)
    .post('/prototype/platform/audits/A1/procedures/P1/matrices/M1/samples/S1/attachments/X1/export', { format: 'pdf' })
    .reply(202, undefined, { Location: `${base}/operations/op-1`, 'Retry-After': '1' })
    .get('/operations/op-1')
    .reply(200, { id: 'op-1', status: 'completed', resourceUrl: `${base}/files/op-1.pdf` }, { 'Retry-After': '1' })
    .get('/files/op-1.pdf')
    .reply(200, Buffer.from('%PDF-1.4'));
}

type Resolver = (info: { request: Request; params: Record<string, string> }) => Response | Promise<Response>;
const http = {
  post: (path: string, resolver: Resolver) => ({ method: 'POST', path, resolver }),
  get: (path: string, resolver: Resolver) => ({ method: 'GET', path, resolver }),
};

export const handlers = [
  http.post('*/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', () =>
    new Response(null, { status: 202, headers: { Location: 'http://localhost/operations/op-2', 'Retry-After': '1' } }),
  ),
  http.get('*/operations/:id', ({ params }) => Response.json({ id: params['id'], status: 'completed', resourceUrl: 'http://localhost/files/x.pdf' })),
];
