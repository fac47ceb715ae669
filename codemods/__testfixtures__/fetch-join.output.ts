// Path segments joined with `/`.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const API = 'https://api.app.wdesk.com';

export async function exportJoined(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const res = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: API, token },
  );
  return res.headers.get('location');
}
