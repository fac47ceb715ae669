// `new URL(path, base)` with the API root as the base.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

export async function exportWithUrlObject(apiRoot: string, ids: string[], token: string) {
  const [auditId, procedureId, matrixId, sampleId, attachmentId] = ids;
  const url = new URL(`/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, apiRoot);
  const response = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: apiRoot, token },
  );
  return response.status;
}
