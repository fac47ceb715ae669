import { ExportAttachmentProcessor, type AttachmentJobData } from './processor.js';
import { runWithRetries } from './runner.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const processor = new ExportAttachmentProcessor(env.baseUrl, env.token);
  const data: AttachmentJobData = { tenantId: 't-01', mode: 'fresh', ids: env.ids };
  return runWithRetries(data, (job) => processor.process(job), { attempts: 3, backoff: { type: 'exponential', delayMs: 2000 } });
}
