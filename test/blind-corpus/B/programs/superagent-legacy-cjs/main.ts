import { promisify } from 'node:util';
import EvidenceClient from './evidence-client.cjs';

interface Accepted {
  location: string;
  retryAfter: number;
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const client = new (EvidenceClient as any)({ apiRoot: env.baseUrl, token: env.token });
  const attachment = {
    auditId: env.ids.auditId,
    procedureId: env.ids.procedureId,
    matrixId: env.ids.matrixId,
    sampleId: env.ids.sampleId,
    attachmentId: env.ids.attachmentId,
  };
  const accepted: Accepted =
    process.env['EVIDENCE_CALLBACK_MODE'] === 'true'
      ? await promisify<typeof attachment, Accepted>(client.exportAttachmentCb.bind(client))(attachment)
      : await client.exportAttachment(attachment, 'pdf');
  const resourceUrl: string = await client.waitForOperationAsync(accepted.location, accepted.retryAfter);
  const pdf: Buffer = await client.download(resourceUrl);
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}
