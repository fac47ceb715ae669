// `new URL(path, base)` with the API root as the base.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

export async function exportWithUrlObject(apiRoot: string, ids: string[], token: string) {
  const [auditId, procedureId, matrixId, sampleId, attachmentId] = ids;
  const response = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: apiRoot, token },
  );
  return response.status;
}
