import got from 'got';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

const api = got.extend({ prefixUrl: process.env['WORKIVA_API_URL'] ?? 'http://localhost', headers: { authorization: `Bearer ${process.env['WORKIVA_TOKEN'] ?? ''}` } });

export function getAudit(auditId: string): Promise<unknown> {
  return api.get(`prototype/platform/audits/${auditId}`).json();
}

export function getSample(ids: Ids): Promise<unknown> {
  return api.get(`prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}`).json();
}

/** Attachment metadata (not the export): GET on the attachment resource. */
export function getAttachment(ids: Ids & { attachmentId: string }): Promise<unknown> {
  return api.get(`prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}`).json();
}
