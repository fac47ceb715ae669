// got.post with a json body; the operation is read from the text body.
import { exportSampleAttachmentAsGotResponse } from 'workiva-sunset';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithGot(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await exportSampleAttachmentAsGotResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: WORKIVA_API_URL, token },
  );
  const operation = JSON.parse(response.body) as { id: string; status: string };
  return { location: response.headers.location, operation };
}
