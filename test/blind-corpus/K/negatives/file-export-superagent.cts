// Compliance cron: exports whole files (not sample attachments) to PDF for the archive.
import superagent = require('superagent');

export async function exportFileToPdf(apiUrl: string, token: string, fileId: string): Promise<string> {
  const res = await superagent
    .post(`${apiUrl}/prototype/platform/files/${encodeURIComponent(fileId)}/export`)
    .set('Authorization', `Bearer ${token}`)
    .send({ format: 'pdf' });
  return String(res.header['location']);
}

export async function fetchSampleAttachmentMeta(apiUrl: string, token: string, p: { auditId: string; procedureId: string; matrixId: string; sampleId: string }) {
  const res = await superagent
    .get(`${apiUrl}/prototype/platform/audits/${p.auditId}/procedures/${p.procedureId}/matrices/${p.matrixId}/samples/${p.sampleId}`)
    .set('Authorization', `Bearer ${token}`)
    .accept('json');
  return res.body as { id: string; attachments?: Array<{ id: string; fileName: string }> };
}
