// A Request object passed straight to fetch.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithRequest(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: WORKIVA_API_URL, token },
  );
  return response.headers.get('location');
}
