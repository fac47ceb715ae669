import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * Local stub of the Workiva export API used by the integration environment. It *receives* the
 * legacy export request; it does not send one.
 */
const EXPORT_ROUTE = /^\/prototype\/platform\/audits\/([^/]+)\/procedures\/([^/]+)\/matrices\/([^/]+)\/samples\/([^/]+)\/attachments\/([^/]+)\/export$/;

export function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://stub.local');
  const match = EXPORT_ROUTE.exec(url.pathname);
  if (req.method === 'POST' && match) {
    res.writeHead(202, { Location: `http://stub.local/operations/${match[5]}`, 'Retry-After': '1' });
    res.end();
    return;
  }
  res.writeHead(404, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ code: 'notFound', message: `no route for ${req.method} ${url.pathname}` }));
}

export function startStub(port: number) {
  return createServer(handle).listen(port);
}
