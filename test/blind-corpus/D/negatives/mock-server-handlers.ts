// Local fake of the platform used by integration tests of the export flow (msw-like handler table).
import http from 'node:http';

type Handler = { method: string; pattern: RegExp; reply: (res: http.ServerResponse, base: string) => void };

const handlers: Handler[] = [
  {
    method: 'POST',
    pattern: /^\/prototype\/platform\/audits\/[^/]+\/procedures\/[^/]+\/matrices\/[^/]+\/samples\/[^/]+\/attachments\/[^/]+\/export$/,
    reply: (res, base) => {
      res.writeHead(202, { Location: `${base}/prototype/platform/operations/op-1`, 'Retry-After': '1' });
      res.end();
    },
  },
  {
    method: 'GET',
    pattern: /^\/prototype\/platform\/operations\/op-1$/,
    reply: (res, base) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: 'op-1', status: 'completed', resourceUrl: `${base}/downloads/op-1` }));
    },
  },
];

export function startFakePlatform(port = 0): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    const handler = handlers.find((h) => h.method === req.method && h.pattern.test(req.url ?? ''));
    if (!handler) {
      res.writeHead(404).end();
      return;
    }
    handler.reply(res, base);
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

export const recordedInteraction = {
  request: { method: 'POST', path: '/prototype/platform/audits/QXVkaXQ6MQ/procedures/P1/matrices/M1/samples/S1/attachments/A1/export' },
  response: { status: 202, headers: { location: 'http://localhost/prototype/platform/operations/op-1' } },
};
