// A superagent builder chain: post, set, send.
import { exportSampleAttachmentAsSuperagentResponse } from 'workiva-sunset';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithSuperagent(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await exportSampleAttachmentAsSuperagentResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: WORKIVA_API_URL, token },
  );
  return { location: response.headers['location'] as string, status: response.status };
}
