// Every id is encoded by the caller; the wrapper encodes them itself, so the codemod passes them raw.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportEncoded(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string, signal: AbortSignal) {
  const response = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: WORKIVA_API_URL, token, signal },
  );
  return response;
}
