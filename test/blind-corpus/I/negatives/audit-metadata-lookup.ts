import axios from 'axios';

// Reads audit and sample metadata for the controls dashboard. Read-only: never starts exports.
export interface AuditSummary {
  id: string;
  name: string;
  period: string;
}

export async function loadAudit(baseUrl: string, token: string, auditId: string): Promise<AuditSummary> {
  const res = await axios.get<AuditSummary>(`${baseUrl}/prototype/platform/audits/${auditId}`, { headers: { Authorization: `Bearer ${token}` } });
  return res.data;
}

export async function loadSample(baseUrl: string, token: string, ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string }): Promise<unknown> {
  const res = await axios.get(
    `${baseUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}`,
    { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } },
  );
  return res.data;
}
