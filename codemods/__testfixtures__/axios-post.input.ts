// axios.post with the pdf body and a config carrying headers and a signal.
import axios from 'axios';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';

export async function exportWithAxios(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string, controller: AbortController) {
  const started = await axios.post(
    `${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`,
    { format: 'pdf' },
    { headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, signal: controller.signal },
  );
  const location: string = started.headers['location'];
  const wait = Number(started.headers['retry-after'] ?? 1);
  return { location, wait, status: started.status };
}
