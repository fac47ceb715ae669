import { createRequire } from 'node:module';

interface ExportJob {
  id: string;
  name: 'export-attachment';
  data: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

const require = createRequire(import.meta.url);
const worker = require('./worker.cjs') as { processWithRetry(job: ExportJob, maxAttempts?: number): Promise<Buffer> };

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const job: ExportJob = { id: `job-${Date.now()}`, name: 'export-attachment', data: { ...env.ids } };
  const pdf = await worker.processWithRetry(job);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
