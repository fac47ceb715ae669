// A ky instance with a prefixUrl; the call adds the credential.
import ky from 'ky';
import { withExportRouting } from '@workiva-sunset/safety-net';

const WORKIVA_API_URL = 'https://api.eu.wdesk.com';
const workiva = ky.create({ prefixUrl: `${WORKIVA_API_URL}/prototype/platform` });

export async function exportWithKyInstance(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const response = await withExportRouting(() => workiva.post(`audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    json: { format: 'pdf' },
    headers: { Authorization: `Bearer ${token}` },
  }));
  return response.headers.get('location');
}
