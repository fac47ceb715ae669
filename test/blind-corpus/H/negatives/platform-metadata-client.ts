import axios from 'axios';

// Read-only lookups against the platform API; none of these start an export.
export interface SampleRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

export function metadataClient(baseURL: string, token: string) {
  const http = axios.create({ baseURL, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  return {
    audit: (auditId: string) => http.get(`/prototype/platform/audits/${auditId}`),
    sample: (s: SampleRef) => http.get(`/prototype/platform/audits/${s.auditId}/procedures/${s.procedureId}/matrices/${s.matrixId}/samples/${s.sampleId}`),
    attachment: (s: SampleRef, attachmentId: string) =>
      http.get(`/prototype/platform/audits/${s.auditId}/procedures/${s.procedureId}/matrices/${s.matrixId}/samples/${s.sampleId}/attachments/${attachmentId}`),
    updateSamples: (s: Omit<SampleRef, 'sampleId'>, changes: unknown[]) =>
      http.post(`/prototype/platform/audits/${s.auditId}/procedures/${s.procedureId}/matrices/${s.matrixId}/samples/update`, { changes }),
  };
}
