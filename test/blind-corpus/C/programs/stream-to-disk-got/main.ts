import got, { HTTPError } from 'got';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';

interface EvidenceFile {
  audit: { id: string };
  procedure: { id: string };
  matrix: { id: string };
  sample: { id: string };
  attachment: { id: string; fileName: string };
}

interface OperationResponse {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

async function exportToDisk(apiBase: string, token: string, ev: EvidenceFile, dir: string): Promise<string> {
  const headers = { authorization: `Bearer ${token}`, accept: 'application/json' };
  const exportUrl = `${apiBase}/prototype/platform/audits/${ev.audit.id}/procedures/${ev.procedure.id}/matrices/${ev.matrix.id}/samples/${ev.sample.id}/attachments/${ev.attachment.id}/export`; // blind-corpus: path=got-stream-1

  let accepted;
  try {
    accepted = await got(exportUrl, { method: 'POST', headers, json: { format: 'pdf' }, retry: { limit: 0 } }); // blind-corpus: site=got-stream-1
  } catch (err) {
    if (err instanceof HTTPError) throw new Error(`export of ${ev.attachment.fileName} rejected: ${err.response.statusCode} ${String(err.response.body)}`);
    throw err;
  }

  const operationUrl = accepted.headers.location ?? '';
  let retryAfter = Number(accepted.headers['retry-after'] ?? 1);
  let op: OperationResponse;
  for (;;) {
    await sleep(retryAfter * 1000 + 30);
    const poll = await got<OperationResponse>(operationUrl, { headers, responseType: 'json' });
    op = poll.body;
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') break;
    retryAfter = Number(poll.headers['retry-after'] ?? retryAfter);
  }
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);

  const target = path.join(dir, ev.attachment.fileName);
  await pipeline(got.stream(op.resourceUrl ?? op.resourceURL ?? '', { headers: { authorization: headers.authorization } }), createWriteStream(target));
  return target;
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Buffer> {
  const ev: EvidenceFile = {
    audit: { id: env.ids.auditId },
    procedure: { id: env.ids.procedureId },
    matrix: { id: env.ids.matrixId },
    sample: { id: env.ids.sampleId },
    attachment: { id: env.ids.attachmentId, fileName: `${env.ids.attachmentId}.pdf` },
  };
  const dir = await mkdtemp(path.join(tmpdir(), 'evidence-export-'));
  try {
    const file = await exportToDisk(env.baseUrl.replace(/\/+$/, ''), env.token, ev, dir);
    return await readFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
