// ky.post resolves to a fetch Response.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const WORKIVA_API_URL = 'https://api.eu.wdesk.com';

export async function exportWithKy(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: WORKIVA_API_URL, token },
  );
  return response.headers.get('location');
}
