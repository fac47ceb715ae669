/**
 * Request handlers for the local dev mock server (msw-style). They describe what the platform
 * answers; nothing here sends a request.
 */
type Resolver = (req: { params: Record<string, string> }) => { status: number; headers?: Record<string, string>; body?: unknown };

interface MockHandler {
  method: 'GET' | 'POST';
  path: string;
  resolve: Resolver;
}

const rest = {
  get: (path: string, resolve: Resolver): MockHandler => ({ method: 'GET', path, resolve }),
  post: (path: string, resolve: Resolver): MockHandler => ({ method: 'POST', path, resolve }),
};

export const handlers: MockHandler[] = [
  rest.post('/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', ({ params }) => ({
    status: 202,
    headers: { Location: `http://localhost:9999/prototype/platform/operations/op-${params['attachmentId']}`, 'Retry-After': '1' },
  })),
  rest.get('/prototype/platform/operations/:id', ({ params }) => ({
    status: 200,
    body: { id: params['id'], status: 'completed', resourceUrl: `http://localhost:9999/files/${params['id']}.pdf` },
  })),
];

// nock equivalent kept for the older jest suites:
//   nock(API).post(/\/prototype\/platform\/audits\/.+\/attachments\/.+\/export$/).reply(202, '', { Location: OP_URL, 'Retry-After': '1' })
export const nockExportPattern = /\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/;
