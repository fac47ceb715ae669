import { backfillOne, createExtractor, extractNew, type AttachmentRecord, type ExtractedFile } from './extract.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const api = createExtractor(env.baseUrl, env.token);
  const rows: AttachmentRecord[] = [
    {
      audit_id: env.ids.auditId,
      procedure_id: env.ids.procedureId,
      matrix_id: env.ids.matrixId,
      sample_id: env.ids.sampleId,
      attachment_id: env.ids.attachmentId,
      loaded_at: new Date().toISOString(),
    },
  ];
  const mode = process.env.ETL_MODE ?? 'incremental';
  const extracted: ExtractedFile[] = [];
  if (mode === 'backfill') {
    for (const r of rows) extracted.push(await backfillOne(api, r));
  } else {
    for await (const file of extractNew(api, rows)) extracted.push(file);
  }
  const [first] = extracted;
  if (!first) throw new Error('nothing extracted');
  return first.pdf;
}
