import got from 'got';

export interface AttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface AttachmentMeta {
  id: string;
  name: string;
  mimeType: string;
  size: number;
}

/** Reads attachment metadata (GET) to decide whether an export is needed at all. */
export async function attachmentMetadata(baseUrl: string, token: string, r: AttachmentRef): Promise<AttachmentMeta> {
  return got
    .get(`${baseUrl}/prototype/platform/audits/${r.auditId}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/${r.sampleId}/attachments/${r.attachmentId}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    })
    .json<AttachmentMeta>();
}

export async function listAttachments(baseUrl: string, token: string, r: Omit<AttachmentRef, 'attachmentId'>): Promise<AttachmentMeta[]> {
  const body = await got
    .get(`${baseUrl}/prototype/platform/audits/${r.auditId}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/${r.sampleId}/attachments`, {
      headers: { authorization: `Bearer ${token}` },
    })
    .json<{ data: AttachmentMeta[] }>();
  return body.data;
}
