import http from 'node:http';

// Local stub used by the developer docker-compose: it *serves* the export route, it does not call it.
const EXPORT_ROUTE = /^\/prototype\/platform\/audits\/([^/]+)\/procedures\/([^/]+)\/matrices\/([^/]+)\/samples\/([^/]+)\/attachments\/([^/]+)\/export$/;

export function createStubServer(): http.Server {
  let counter = 0;
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = EXPORT_ROUTE.exec(url.pathname);
    if (req.method === 'POST' && match) {
      const opId = `op-${++counter}`;
      res.writeHead(202, { Location: `http://localhost/operations/${opId}`, 'Retry-After': '1' });
      return res.end();
    }
    if (req.method === 'GET' && url.pathname.startsWith('/operations/')) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Retry-After': '1' });
      return res.end(JSON.stringify({ id: url.pathname.split('/').pop(), status: 'completed', resourceUrl: 'http://localhost/files/doc.pdf' }));
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ code: 'NOT_FOUND', message: `no stub for ${req.method} ${url.pathname}` }));
  });
}
