import axios from 'axios';

interface SampleKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

const api = axios.create({ baseURL: process.env['WORKIVA_API_URL'], headers: { Authorization: `Bearer ${process.env['WORKIVA_TOKEN']}` } });

/** Audit metadata — not an export. */
export async function getAudit(auditId: string) {
  const { data } = await api.get(`/prototype/platform/audits/${auditId}`);
  return data as { id: string; name: string };
}

export async function getSample(k: SampleKey) {
  const { data } = await api.get(`/prototype/platform/audits/${k.auditId}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/${k.sampleId}`);
  return data;
}

/** Bulk sample update; POST on the same prefix but a different resource. */
export async function updateSamples(k: Omit<SampleKey, 'sampleId'>, updates: Array<{ id: string; status: string }>) {
  return api.post(`/prototype/platform/audits/${k.auditId}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/update`, { samples: updates });
}

/** Files export is a different endpoint (document files, not sample attachments). */
export async function exportFile(fileId: string) {
  const res = await api.post('/prototype/platform/files/export', { fileId, format: 'pdf' });
  return res.headers['location'] as string;
}

/** Lists the attachments of a sample (GET, metadata only). */
export async function listAttachments(k: SampleKey) {
  const res = await fetch(`${process.env['WORKIVA_API_URL']}/prototype/platform/audits/${k.auditId}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/${k.sampleId}/attachments`, {
    headers: { Authorization: `Bearer ${process.env['WORKIVA_TOKEN']}` },
  });
  return (await res.json()) as Array<{ id: string; fileName: string }>;
}
