import http from 'node:http';
import https from 'node:https';
import { send, type RawResponse } from './transport.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface LegacyConfig {
  host: string;
  token: string;
}

function seconds(res: RawResponse): number {
  const raw = res.headers['retry-after'];
  return Number(Array.isArray(raw) ? raw[0] : raw ?? 1);
}

function requestExport(cfg: LegacyConfig, ids: Ids, done: (err: Error | null, op?: { url: string; after: number }) => void): void {
  const payload = JSON.stringify({ format: 'pdf' });
  const url = new URL(`/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, cfg.host); // blind-corpus: path=https-callback-1
  const options: https.RequestOptions = {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${cfg.token}`,
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(payload),
    },
  };
  const client = url.protocol === 'https:' ? https : http;
  const req = client.request(url, options, (res) => { // blind-corpus: site=https-callback-1
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => {
      if (res.statusCode !== 202) return done(new Error(`export failed: ${res.statusCode} ${Buffer.concat(chunks).toString('utf8')}`));
      const after = Number(res.headers['retry-after'] ?? 1);
      done(null, { url: String(res.headers.location), after });
    });
  });
  req.on('error', done);
  req.end(payload);
}

function poll(cfg: LegacyConfig, opUrl: string, after: number, done: (err: Error | null, pdf?: Buffer) => void): void {
  setTimeout(() => {
    send(new URL(opUrl), { headers: { Authorization: `Bearer ${cfg.token}` } }, undefined, (err, res) => {
      if (err || !res) return done(err ?? new Error('no response'));
      const op = JSON.parse(res.body.toString('utf8')) as { status: string; resourceUrl?: string };
      if (op.status === 'completed' && op.resourceUrl) {
        send(new URL(op.resourceUrl), { headers: { Authorization: `Bearer ${cfg.token}` } }, undefined, (e2, file) => done(e2, file?.body));
      } else if (op.status === 'failed' || op.status === 'cancelled') {
        done(new Error(`export ${op.status}`));
      } else {
        poll(cfg, opUrl, seconds(res), done);
      }
    });
  }, after * 1000);
}

export function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const cfg: LegacyConfig = { host: env.baseUrl, token: env.token };
  return new Promise((resolve, reject) => {
    requestExport(cfg, env.ids, (err, op) => {
      if (err || !op) return reject(err ?? new Error('no operation'));
      poll(cfg, op.url, op.after, (e, pdf) => (e || !pdf ? reject(e ?? new Error('empty download')) : resolve(new Uint8Array(pdf))));
    });
  });
}
