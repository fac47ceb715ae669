import client from './workiva_client.cjs';

interface SampleRow {
  audit_id: string;
  procedure_id: string;
  matrix_id: string;
  sample_id: string;
  attachment_id: string;
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array> {
  const row: SampleRow = {
    audit_id: env.ids.auditId,
    procedure_id: env.ids.procedureId,
    matrix_id: env.ids.matrixId,
    sample_id: env.ids.sampleId,
    attachment_id: env.ids.attachmentId,
  };
  const api_url = process.env['WORKIVA_API_URL'] ?? env.baseUrl;
  const token = process.env['WORKIVA_TOKEN'] ?? env.token;
  const content: Buffer = await client.export_sample_attachment(api_url, token, row);
  return new Uint8Array(content);
}
