import type { SampleAttachmentKey } from './attachment-export.service.js';
import { buildContainer } from './container.js';

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const { attachmentExports } = buildContainer({ workivaApiUrl: env.baseUrl, staticToken: env.token });
  const key: SampleAttachmentKey = {
    auditId: env.ids.auditId,
    procedureId: env.ids.procedureId,
    matrixId: env.ids.matrixId,
    sampleId: env.ids.sampleId,
    attachmentId: env.ids.attachmentId,
  };
  const { operationUrl, waitMs } = await attachmentExports.startPinnedPdfExport(key);
  const op = await attachmentExports.waitForCompletion(operationUrl, waitMs);
  return attachmentExports.download(op);
}
