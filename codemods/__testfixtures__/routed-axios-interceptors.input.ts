// An axios instance whose interceptor adds the credentials: routed through that instance, interceptor and all.
import axios from 'axios';

const api = axios.create({ baseURL: 'https://api.app.wdesk.com/prototype/platform' });
let currentToken = '';
api.interceptors.request.use((config) => {
  config.headers.set('Authorization', `Bearer ${currentToken}`);
  return config;
});

export async function exportThroughInterceptor(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  currentToken = token;
  const response = await api.post(`/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { format: 'pdf' });
  return response.headers['location'] as string;
}
