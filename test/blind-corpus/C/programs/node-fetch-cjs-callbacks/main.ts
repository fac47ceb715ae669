import { createRequire } from 'node:module';
import { promisify } from 'node:util';

interface AttachmentIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

type ExportCallback = (err: Error | null, pdf?: Buffer) => void;
interface LegacyWorker {
  exportAttachment(opts: { baseUrl: string; token: string; ids: AttachmentIds }, cb: ExportCallback): void;
}

const require = createRequire(import.meta.url);
const worker = require('./export-worker.cjs') as LegacyWorker;
const exportAttachment = promisify(worker.exportAttachment) as (opts: { baseUrl: string; token: string; ids: AttachmentIds }) => Promise<Buffer>;

export async function run(env: { baseUrl: string; token: string; ids: AttachmentIds }): Promise<Buffer> {
  return exportAttachment({ baseUrl: env.baseUrl, token: env.token, ids: env.ids });
}
