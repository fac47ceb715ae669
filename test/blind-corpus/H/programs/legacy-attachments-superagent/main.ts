import { promisify } from 'node:util';
import legacy from './workiva.cjs';

interface AttachmentRecord {
  audit_id: string;
  procedure_id: string;
  matrix_id: string;
  sample_id: string;
  attachment_id: string;
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const client = legacy.WorkivaClient({ baseUrl: env.baseUrl, token: env.token });
  // rows come out of the attachments table in snake_case
  const row: AttachmentRecord = {
    audit_id: env.ids.auditId,
    procedure_id: env.ids.procedureId,
    matrix_id: env.ids.matrixId,
    sample_id: env.ids.sampleId,
    attachment_id: env.ids.attachmentId,
  };
  const startExport = promisify(client.exportAttachment.bind(client)) as (r: AttachmentRecord) => Promise<{ location: string; retryAfter: number }>;
  const { location, retryAfter } = await startExport(row);
  const op = (await client.waitForOperation(location, retryAfter)) as { status: string; resourceUrl?: string };
  if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`export ended with ${op.status}`);
  const bytes = (await client.download(op.resourceUrl)) as ArrayBuffer | Buffer;
  return bytes instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}
