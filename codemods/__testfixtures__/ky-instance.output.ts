// A ky instance with a prefixUrl; the call adds the credential.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

export async function exportWithKyInstance(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: 'https://api.eu.wdesk.com', token },
  );
  return response.headers.get('location');
}
