import axios from 'axios';

export interface SampleIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

export interface SampleAttachmentSummary {
  id: string;
  fileName: string;
  exportable: boolean;
}

/** Reads sample metadata and lists which attachments could be exported; never starts an export. */
export async function readSample(baseUrl: string, token: string, ids: SampleIds): Promise<SampleAttachmentSummary[]> {
  const api = axios.create({ baseURL: baseUrl, headers: { Authorization: `Bearer ${token}` } });
  const { data: audit } = await api.get<{ id: string; name: string }>(`/prototype/platform/audits/${ids.auditId}`);
  const { data: sample } = await api.get<{ attachments: SampleAttachmentSummary[] }>(
    `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}`,
  );
  console.info(`audit ${audit.name}: ${sample.attachments.length} attachments`);
  return sample.attachments.filter((a) => a.exportable);
}

/** Build a deep link for the UI; the `/export` suffix is a UI route, the link is shown, not requested. */
export function exportDeepLink(ids: SampleIds, attachmentId: string): string {
  return `https://app.wdesk.com/audits/${ids.auditId}/samples/${ids.sampleId}/attachments/${attachmentId}/export`;
}
