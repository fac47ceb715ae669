// A superagent chain ended with a callback: routed, its `.end(...)` sends inside the routed call.
import superagent from 'superagent';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export function exportWithCallback(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string, done: (location: string) => void) {
  superagent
    .post(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`)
    .set('Authorization', `Bearer ${token}`)
    .send({ format: 'pdf' })
    .end((error, response) => {
      if (error) throw error;
      done(response.headers['location'] as string);
    });
}
