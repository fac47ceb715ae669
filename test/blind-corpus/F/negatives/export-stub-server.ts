// Local stub of the Workiva export flow for contract tests of the evidence service.
// It *answers* requests; it never sends any.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const EXPORT_ROUTE = /^\/prototype\/platform\/audits\/([^/]+)\/procedures\/([^/]+)\/matrices\/([^/]+)\/samples\/([^/]+)\/attachments\/([^/]+)\/export$/;

export interface StubServer {
  url: string;
  close(): Promise<void>;
}

export async function startExportStub(pdf: Buffer): Promise<StubServer> {
  const server = http.createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    if (req.method === 'POST' && req.url && EXPORT_ROUTE.test(req.url)) {
      res.writeHead(202, { Location: `${base}/operations/op-1`, 'Retry-After': '1' }).end();
      return;
    }
    if (req.method === 'GET' && req.url === '/operations/op-1') {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Retry-After': '1' });
      res.end(JSON.stringify({ id: 'op-1', status: 'completed', resourceUrl: `${base}/files/op-1.pdf` }));
      return;
    }
    if (req.method === 'GET' && req.url === '/files/op-1.pdf') {
      res.writeHead(200, { 'Content-Type': 'application/pdf' }).end(pdf);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: 'NOT_FOUND', message: `no stub for ${req.method} ${req.url}` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Handlers in the msw style, kept as data so both the browser and node test setups can share them. */
export const exportHandlers = [
  { method: 'POST', path: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', status: 202 },
  { method: 'GET', path: '/prototype/platform/operations/:operationId', status: 200 },
] as const;
