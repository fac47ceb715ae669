// Local stub of the Workiva export flow for frontend development (`npm run stub`). This is a server, not a client.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

const EXPORT_ROUTE = /^\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/([^/]+)\/export$/;

const ops = new Map<string, { attachmentId: string; polls: number }>();

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const exportMatch = req.method === 'POST' ? EXPORT_ROUTE.exec(url.pathname) : null;
  if (exportMatch) {
    const id = randomUUID();
    ops.set(id, { attachmentId: exportMatch[1] ?? '', polls: 0 });
    res.writeHead(202, { Location: `${url.origin}/operations/${id}`, 'Retry-After': '1' }).end();
    return;
  }
  const opMatch = /^\/operations\/([\w-]+)$/.exec(url.pathname);
  const op = opMatch ? ops.get(opMatch[1] ?? '') : undefined;
  if (op) {
    op.polls++;
    const done = op.polls > 1;
    res.writeHead(200, { 'Content-Type': 'application/json', 'Retry-After': '1' });
    res.end(JSON.stringify({ id: opMatch?.[1], status: done ? 'completed' : 'started', resourceUrl: done ? `${url.origin}/files/${op.attachmentId}.pdf` : null }));
    return;
  }
  res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ code: '404NotFound', message: url.pathname }));
}

export function startStub(port = 4010) {
  return createServer(handle).listen(port);
}
