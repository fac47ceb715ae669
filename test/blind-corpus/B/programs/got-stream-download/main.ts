import got from 'got';
import { PassThrough, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createHash } from 'node:crypto';

interface EvidenceRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const TERMINAL = ['completed', 'failed', 'cancelled'];

class BufferSink extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.chunks.push(chunk);
    cb();
  }
  contents(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: EvidenceRef }): Promise<Uint8Array | ArrayBuffer> {
  const http = got.extend({ headers: { authorization: `Bearer ${env.token}` }, responseType: 'json', retry: { limit: 0 } });
  const ref = env.ids;

  const exportResponse = await http.post(`${env.baseUrl}/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`, { json: { format: 'pdf' } }); // blind-corpus: site=got-stream-1
  const operationUrl = exportResponse.headers.location as string;
  let retryAfterMs = Number(exportResponse.headers['retry-after'] ?? 1) * 1000;

  let op: { id: string; status: string; resourceUrl?: string; resourceURL?: string };
  do {
    await new Promise((r) => setTimeout(r, retryAfterMs + 35));
    const polled = await http.get<typeof op>(operationUrl);
    op = polled.body;
    retryAfterMs = Number(polled.headers['retry-after'] ?? 1) * 1000;
  } while (!TERMINAL.includes(op.status));
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);

  // Stream the PDF, hashing on the way through for the evidence ledger.
  const sink = new BufferSink();
  const hash = createHash('sha256');
  const tee = new PassThrough();
  tee.on('data', (chunk: Buffer) => hash.update(chunk));
  await pipeline(http.stream(op.resourceUrl ?? op.resourceURL ?? '', { headers: { accept: 'application/pdf' } }), tee, sink);
  if (process.env['EVIDENCE_LEDGER']) console.log(`${ref.attachmentId} sha256=${hash.digest('hex')}`);
  return new Uint8Array(sink.contents());
}
