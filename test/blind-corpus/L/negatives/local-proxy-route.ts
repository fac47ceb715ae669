import http from 'node:http';

/**
 * Developer proxy: recognises incoming legacy export requests and answers them from a local cache.
 * It receives the path; it never sends it anywhere.
 */
const LEGACY_EXPORT_ROUTE = /^\/prototype\/platform\/audits\/([^/]+)\/procedures\/([^/]+)\/matrices\/([^/]+)\/samples\/([^/]+)\/attachments\/([^/]+)\/export$/;

export function createProxy(cache: Map<string, Buffer>): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = req.method === 'POST' ? LEGACY_EXPORT_ROUTE.exec(url.pathname) : null;
    if (!match) {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: '404NotFound', message: `no route for ${url.pathname}` }));
      return;
    }
    const attachmentId = match[5] ?? '';
    const pdf = cache.get(attachmentId);
    if (!pdf) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/pdf' }).end(pdf);
  });
}
