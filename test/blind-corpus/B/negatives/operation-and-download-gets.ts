import { request } from 'undici';

/** Polls an operation URL someone else started; this module never starts exports. */
export async function operationStatus(location: string, token: string): Promise<{ status: string; resourceUrl?: string }> {
  const { body } = await request(location, { headers: { authorization: `Bearer ${token}` } });
  return (await body.json()) as { status: string; resourceUrl?: string };
}

export async function downloadExportedPdf(resourceUrl: string, token: string): Promise<Uint8Array> {
  const res = await fetch(resourceUrl, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/pdf' } });
  return new Uint8Array(await res.arrayBuffer());
}

/** Reads the attachment metadata record (GET on the attachment itself, not its export). */
export async function attachmentMetadata(base: string, token: string, ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }) {
  const url = `${base}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}`;
  const { body } = await request(url, { method: 'GET', headers: { authorization: `Bearer ${token}` } });
  return body.json();
}
