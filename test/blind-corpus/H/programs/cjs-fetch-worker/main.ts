import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface WorkerLike {
  handle(message: { id: string; ids: Record<'audit' | 'procedure' | 'matrix' | 'sample' | 'attachment', string> }): Promise<Buffer>;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

const ExportWorker = require('./export-worker.cjs') as new (opts?: { baseUrl?: string; token?: string }) => WorkerLike;

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const worker = new ExportWorker();
  const message = {
    id: `msg-${env.ids.attachmentId}`,
    ids: { audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId, attachment: env.ids.attachmentId },
  };
  return worker.handle(message);
}
