import { AttachmentExportBatch, type AttachmentExportItem } from './job.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const batch = new AttachmentExportBatch({
    apiUrl: env.baseUrl.replace(/\/$/, ''),
    token: env.token,
    concurrency: Number(process.env['EXPORT_CONCURRENCY'] ?? 4),
    maxResubmits: 1,
  });
  const items: AttachmentExportItem[] = [
    {
      tenant: 'default',
      audit: { id: env.ids.auditId, procedureId: env.ids.procedureId },
      matrixId: env.ids.matrixId,
      sampleId: env.ids.sampleId,
      attachmentId: env.ids.attachmentId,
    },
  ];
  const [result] = await batch.runAll(items);
  if (!result?.pdf) throw new Error(`batch item failed: ${result?.error ?? 'no result'}`);
  const summary = { exported: 1, failed: 0 };
  if (process.env['BATCH_SUMMARY']) console.log(JSON.stringify(summary));
  return new Uint8Array(result.pdf);
}
