import { exportSampleAttachment, type SampleAttachmentId } from './sample-exports.mjs';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const id: SampleAttachmentId = Object.freeze({
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  });
  return exportSampleAttachment(env.baseUrl, env.token, id);
}
