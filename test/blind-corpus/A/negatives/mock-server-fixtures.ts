import http from 'node:http';

/**
 * Local stand-in for the platform API used by component tests. It *serves* the export route, it does not call it.
 * (Mirrors the nock/msw handlers in the web app: rest.post('/prototype/platform/audits/:auditId/.../export', ...).)
 */
export const mockRoutes = {
  'POST /prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export': {
    status: 202,
    headers: { Location: '/prototype/platform/operations/op-1', 'Retry-After': '1' },
  },
  'GET /prototype/platform/operations/:operationId': { status: 200, body: { id: 'op-1', status: 'completed', resourceUrl: '/files/op-1.pdf' } },
} as const;

const exportRoute = /^\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/;

export function startMockPlatform(port = 0): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && exportRoute.test(req.url ?? '')) {
      res.writeHead(202, { Location: `http://localhost:${port}/prototype/platform/operations/op-1`, 'Retry-After': '1' });
      res.end(JSON.stringify({ id: 'op-1', status: 'acknowledged' }));
      return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ code: '404NotFound', message: `no mock for ${req.method} ${req.url}` }));
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

/** nock-style expectation text kept for documentation of the recorded cassette. */
export const recordedCassette = `
nock('https://api.app.wdesk.com')
  .post('/prototype/platform/audits/QXVkaXQ6MTIz/procedures/UHJvY2VkdXJlOjQ1/matrices/TWF0cml4Ojc4/samples/U2FtcGxlOjkw/attachments/att-1/export', { format: 'pdf' })
  .reply(202, '', { Location: 'https://api.app.wdesk.com/prototype/platform/operations/op-1', 'Retry-After': '1' });
`;
