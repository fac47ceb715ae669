// packages/workiva-routes — single source of truth for Workiva URL paths used across services.

export interface AuditScope {
  auditId: string;
}
export interface ProcedureScope extends AuditScope {
  procedureId: string;
}
export interface MatrixScope extends ProcedureScope {
  matrixId: string;
}
export interface SampleScope extends MatrixScope {
  sampleId: string;
}
export interface AttachmentScope extends SampleScope {
  attachmentId: string;
}

const seg = (value: string) => encodeURIComponent(value);

export const workivaRoutes = {
  audit: (s: AuditScope) => `/prototype/platform/audits/${seg(s.auditId)}`,
  sample: (s: SampleScope) => `${workivaRoutes.audit(s)}/procedures/${seg(s.procedureId)}/matrices/${seg(s.matrixId)}/samples/${seg(s.sampleId)}`,
  updateSamples: (s: MatrixScope) => `${workivaRoutes.audit(s)}/procedures/${seg(s.procedureId)}/matrices/${seg(s.matrixId)}/samples/update`,
  exportSampleAttachment: (s: AttachmentScope) => `/prototype/platform/audits/${seg(s.auditId)}/procedures/${seg(s.procedureId)}/matrices/${seg(s.matrixId)}/samples/${seg(s.sampleId)}/attachments/${seg(s.attachmentId)}/export`, // blind-corpus: path=monorepo-routes-1,monorepo-routes-2
  oauthToken: () => '/iam/v1/oauth2/token',
} as const;
