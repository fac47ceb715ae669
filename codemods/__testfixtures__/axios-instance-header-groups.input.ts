// axios groups instance headers by method: `common` and `post` are sent with the export's POST, `get` is not.
import axios from 'axios';

const api = axios.create({
  baseURL: process.env.WORKIVA_API_URL,
  headers: {
    common: { Authorization: `Bearer ${process.env.WORKIVA_TOKEN}` },
    post: { 'X-Requested-By': 'quarterly-refresh' },
    get: { Accept: 'application/json' },
  },
});

export async function startExport(ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): Promise<string> {
  const res = await api.post(`/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, { format: 'pdf' });
  return String(res.headers['location']);
}

export async function getAudit(auditId: string): Promise<unknown> {
  return (await api.get(`/audits/${auditId}`)).data;
}
