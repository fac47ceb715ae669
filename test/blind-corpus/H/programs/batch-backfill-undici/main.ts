import { backfill, type BackfillRow } from './backfill.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const rows: BackfillRow[] = [{ rowId: 1, ...env.ids }];
  const [result] = await backfill(rows);
  if (!result?.pdf) throw new Error(`backfill row failed: ${result?.error ?? 'no result'}`);
  return result.pdf;
}
