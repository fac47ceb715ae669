import got from 'got';

export interface AuditSummary {
  id: string;
  name: string;
  status: string;
}

const client = got.extend({ prefixUrl: process.env['WORKIVA_API_URL'] ?? 'http://localhost:8080', responseType: 'json' });

export async function getAudit(token: string, auditId: string): Promise<AuditSummary> {
  return client.get(`prototype/platform/audits/${auditId}`, { headers: { authorization: `Bearer ${token}` } }).json<AuditSummary>();
}

export async function getSample(token: string, s: { auditId: string; procedureId: string; matrixId: string; sampleId: string }) {
  return client
    .get(`prototype/platform/audits/${s.auditId}/procedures/${s.procedureId}/matrices/${s.matrixId}/samples/${s.sampleId}`, { headers: { authorization: `Bearer ${token}` } })
    .json<{ id: string; attachments: { id: string; name: string }[] }>();
}

/** Attachment metadata only: no export involved. */
export async function getAttachmentMetadata(token: string, s: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }) {
  const path = `prototype/platform/audits/${s.auditId}/procedures/${s.procedureId}/matrices/${s.matrixId}/samples/${s.sampleId}/attachments/${s.attachmentId}`;
  return client.get(path, { headers: { authorization: `Bearer ${token}` } }).json<{ id: string; fileName: string; size: number }>();
}
