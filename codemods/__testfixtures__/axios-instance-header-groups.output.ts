// axios groups instance headers by method: `common` and `post` are sent with the export's POST, `get` is not.
import axios from 'axios';
import { exportSampleAttachmentAsAxiosResponse } from 'workiva-sunset';

const api = axios.create({
  baseURL: process.env.WORKIVA_API_URL,
  headers: {
    common: { Authorization: `Bearer ${process.env.WORKIVA_TOKEN}` },
    post: { 'X-Requested-By': 'quarterly-refresh' },
    get: { Accept: 'application/json' },
  },
});

export async function startExport(ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): Promise<string> {
  const res = await exportSampleAttachmentAsAxiosResponse(
    {
      auditId: ids.auditId,
      procedureId: ids.procedureId,
      matrixId: ids.matrixId,
      sampleId: ids.sampleId,
      attachmentId: ids.attachmentId,
    },
    {
      baseUrl: api.defaults.baseURL,
      token: process.env.WORKIVA_TOKEN,
      headers: { 'X-Requested-By': 'quarterly-refresh' },
    },
  );
  return String(res.headers['location']);
}

export async function getAudit(auditId: string): Promise<unknown> {
  return (await api.get(`/audits/${auditId}`)).data;
}
