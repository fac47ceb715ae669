import { PlatformClient } from './resources.js';
import { Transport } from './transport.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const platform = new PlatformClient(new Transport(process.env.WORKIVA_API_URL ?? env.baseUrl, process.env.WORKIVA_TOKEN ?? env.token));
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const operation = await platform
    .audits(auditId)
    .procedures(procedureId)
    .matrices(matrixId)
    .samples(sampleId)
    .attachments(attachmentId)
    .export('pdf');
  const pdf = await operation.download();
  return new Uint8Array(pdf);
}
