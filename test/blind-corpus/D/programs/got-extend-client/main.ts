import { HTTPError } from 'got';
import { createWorkivaGot } from './client.js';
import { EvidenceEtl, type EvidenceRow } from './etl.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const api = createWorkivaGot({ apiUrl: env.baseUrl, token: env.token });
  const etl = new EvidenceEtl(api);
  const row: EvidenceRow = {
    audit_id: env.ids.auditId,
    procedure_id: env.ids.procedureId,
    matrix_id: env.ids.matrixId,
    sample_id: env.ids.sampleId,
    attachment_id: env.ids.attachmentId,
  };
  try {
    const { location, retryAfter } = await etl.startExportWithBackoff(row);
    return new Uint8Array(await etl.fetchPdf(location, retryAfter));
  } catch (e) {
    if (e instanceof HTTPError) {
      throw new Error(`evidence ETL failed for ${row.attachment_id}: HTTP ${e.response.statusCode}`);
    }
    throw e;
  }
}
