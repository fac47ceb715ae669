// Reads audit and sample metadata from the prototype API and pushes sample updates. No attachment exports here.
import axios from 'axios';

export interface SampleRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

export function createAuditReader(baseURL: string, token: string) {
  const http = axios.create({ baseURL, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  return {
    getAudit: (auditId: string) => http.get(`/prototype/platform/audits/${auditId}`).then((r) => r.data),
    getSample: (s: SampleRef) =>
      http.get(`/prototype/platform/audits/${s.auditId}/procedures/${s.procedureId}/matrices/${s.matrixId}/samples/${s.sampleId}`).then((r) => r.data),
    updateSamples: (s: Omit<SampleRef, 'sampleId'>, samples: object[]) =>
      http.post(`/prototype/platform/audits/${s.auditId}/procedures/${s.procedureId}/matrices/${s.matrixId}/samples/update`, samples),
    listAttachments: (s: SampleRef) =>
      http.get(`/prototype/platform/audits/${s.auditId}/procedures/${s.procedureId}/matrices/${s.matrixId}/samples/${s.sampleId}/attachments`),
  };
}
