import got from 'got';

type AttachmentRef = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

/** Reads attachment metadata and an operation's status: no exports are started here. */
export async function attachmentMetadata(apiUrl: string, token: string, r: AttachmentRef): Promise<{ name: string; size: number }> {
  return got(`${apiUrl}/prototype/platform/audits/${r.auditId}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/${r.sampleId}/attachments/${r.attachmentId}`, {
    headers: { authorization: `Bearer ${token}` },
  }).json();
}

export async function operationStatus(apiUrl: string, token: string, operationId: string): Promise<string> {
  const op = await got(`${apiUrl}/prototype/platform/operations/${operationId}`, { headers: { authorization: `Bearer ${token}` } }).json<{ status: string }>();
  return op.status;
}
