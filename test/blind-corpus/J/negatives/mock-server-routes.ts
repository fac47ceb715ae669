// Local development stub of Workiva used by `npm run dev:stub`. It *serves* the route; it does not call it.
import http from 'node:http';

const EXPORT_ROUTE = /^\/prototype\/platform\/audits\/([^/]+)\/procedures\/([^/]+)\/matrices\/([^/]+)\/samples\/([^/]+)\/attachments\/([^/]+)\/export$/;

export function createStub(port: number): http.Server {
  let counter = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://localhost:${port}`);
    if (req.method === 'POST' && EXPORT_ROUTE.test(url.pathname)) {
      const id = `op-${++counter}`;
      res.writeHead(202, { Location: `http://localhost:${port}/operations/${id}`, 'Retry-After': '1' });
      res.end();
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/operations/')) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Retry-After': '1' });
      res.end(JSON.stringify({ id: url.pathname.split('/').pop(), status: 'completed', resourceUrl: `http://localhost:${port}/files/doc.pdf` }));
      return;
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ code: '404NotFound', message: `no stub for ${req.method} ${url.pathname}` }));
  });
  return server.listen(port);
}
