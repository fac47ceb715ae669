// axios({ method, url, data, headers }).
import axios from 'axios';

export async function exportWithAxiosConfig(base: string, auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await axios({
    method: 'post',
    url: `${base}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`,
    data: { format: 'pdf' },
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.headers['location'] as string;
}
