import * as http from 'node:http';
import * as https from 'node:https';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const AGENT_OPTIONS = { keepAlive: true, maxSockets: 8 };
const httpAgent = new http.Agent(AGENT_OPTIONS);
const httpsAgent = new https.Agent(AGENT_OPTIONS);

function call(options: http.RequestOptions & { protocol: string }, payload?: string): Promise<Reply> {
  const secure = options.protocol === 'https:';
  const transport = secure ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request({ ...options, agent: secure ? httpsAgent : httpAgent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${options.method} ${options.path}`)));
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });
}

function getAbsolute(url: string, token: string, accept = 'application/json'): Promise<Reply> {
  const u = new URL(url);
  return call({ protocol: u.protocol, hostname: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, method: 'GET', headers: { Authorization: `Bearer ${token}`, Accept: accept } });
}

const pause = (seconds: number) => new Promise((r) => setTimeout(r, seconds * 1000 + 15));

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const base = new URL(env.baseUrl);
  const { ids } = env;
  const payload = JSON.stringify({ format: 'pdf' });
  const exportPath = // blind-corpus: path=node-http-raw-1
    '/prototype/platform/audits/' + encodeURIComponent(ids.auditId) +
    '/procedures/' + encodeURIComponent(ids.procedureId) +
    '/matrices/' + encodeURIComponent(ids.matrixId) +
    '/samples/' + encodeURIComponent(ids.sampleId) +
    '/attachments/' + encodeURIComponent(ids.attachmentId) + '/export';

  const started = await call( // blind-corpus: site=node-http-raw-1
    {
      protocol: base.protocol,
      hostname: base.hostname,
      port: base.port,
      method: 'POST',
      path: exportPath,
      headers: {
        Authorization: `Bearer ${env.token}`,
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(payload),
        Accept: 'application/json',
      },
    },
    payload,
  );
  if (started.status !== 202) throw new Error(`export failed: ${started.status} ${started.body.toString()}`);
  const location = started.headers.location!;
  let retryAfter = parseInt(String(started.headers['retry-after'] ?? '1'), 10);

  while (true) {
    await pause(retryAfter);
    const reply = await getAbsolute(location, env.token);
    const op = JSON.parse(reply.body.toString()) as { status: string; resourceUrl?: string; resourceURL?: string };
    retryAfter = parseInt(String(reply.headers['retry-after'] ?? '1'), 10);
    if (op.status === 'completed') {
      const pdf = await getAbsolute(op.resourceUrl ?? op.resourceURL!, env.token, 'application/pdf');
      return new Uint8Array(pdf.body);
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
  }
}
