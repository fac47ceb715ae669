import { setTimeout as sleep } from 'node:timers/promises';
import { Pipeline, apiVersion, bearerAuth, jsonBody, logging, retryOn429 } from './pipeline.js';

interface SampleAttachment {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

const TERMINAL = ['completed', 'failed', 'cancelled'];

async function exportToPdf(http: Pipeline, a: SampleAttachment): Promise<Uint8Array> {
  const accepted = await http.send({ // blind-corpus: site=kit-mw-1
    name: 'attachment-export',
    method: 'POST',
    path: `/prototype/platform/audits/${a.audit}/procedures/${a.procedure}/matrices/${a.matrix}/samples/${a.sample}/attachments/${a.attachment}/export`, // blind-corpus: path=kit-mw-1
    body: JSON.stringify({ format: 'pdf' }),
  });
  if (accepted.status !== 202) throw new Error(`export rejected: ${accepted.status} ${await accepted.body.text()}`);
  await accepted.body.dump();
  const location = String(accepted.headers['location']);
  let retryAfter = Number(accepted.headers['retry-after'] ?? 1);

  for (;;) {
    await sleep(retryAfter * 1000);
    const res = await http.send({ name: 'operation', method: 'GET', path: location });
    const op = (await res.body.json()) as { status: string; resourceUrl?: string; resourceURL?: string; details?: unknown };
    if (TERMINAL.includes(op.status)) {
      if (op.status !== 'completed') throw new Error(`export ${op.status}: ${JSON.stringify(op.details)}`);
      const file = await http.send({ name: 'download', method: 'GET', path: (op.resourceUrl ?? op.resourceURL)!, headers: { accept: 'application/pdf' } });
      return new Uint8Array(await file.body.arrayBuffer());
    }
    retryAfter = Number(res.headers['retry-after'] ?? 1);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array> {
  const http = new Pipeline(env.baseUrl, [logging((l) => console.debug(l)), retryOn429(3), bearerAuth(() => env.token), apiVersion('2022-01-01'), jsonBody]);
  try {
    const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
    return await exportToPdf(http, { audit: auditId, procedure: procedureId, matrix: matrixId, sample: sampleId, attachment: attachmentId });
  } finally {
    await http.close();
  }
}
