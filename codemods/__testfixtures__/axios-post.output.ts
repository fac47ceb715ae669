// axios.post with the pdf body and a config carrying headers and a signal.
import { exportSampleAttachmentAsAxiosResponse } from 'workiva-sunset';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';

export async function exportWithAxios(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string, controller: AbortController) {
  const started = await exportSampleAttachmentAsAxiosResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: WORKIVA_API_URL, token, signal: controller.signal },
  );
  const location: string = started.headers['location'];
  const wait = Number(started.headers['retry-after'] ?? 1);
  return { location, wait, status: started.status };
}
