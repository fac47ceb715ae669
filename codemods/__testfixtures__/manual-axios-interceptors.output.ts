// An axios instance with an interceptor that adds the credentials: the wrapper would not run it.
import axios from 'axios';

const api = axios.create({ baseURL: 'https://api.app.wdesk.com/prototype/platform' });
let currentToken = '';
api.interceptors.request.use((config) => {
  config.headers.set('Authorization', `Bearer ${currentToken}`);
  return config;
});

export async function exportThroughInterceptor(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  currentToken = token;
  /* workiva-sunset: manual migration needed — the axios instance `api` has interceptors that the wrapper would not run; until then @workiva-sunset/safety-net routes it at run time */
  const response = await api.post(`/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { format: 'pdf' });
  return response.headers['location'] as string;
}
