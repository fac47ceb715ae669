import { apiFetch, ApiError } from './api-fetch.js';

export type AttachmentIdentity = Readonly<{
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}>;

type OperationResource = {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  originalRequest?: unknown;
};

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function sampleBase(a: AttachmentIdentity): string {
  return `/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}`;
}

export async function getSampleMetadata(a: AttachmentIdentity): Promise<unknown> {
  const res = await apiFetch(sampleBase(a));
  return res.json();
}

async function waitForOperation(location: string, retryAfterSeconds: number): Promise<OperationResource> {
  await delay(retryAfterSeconds * 1000);
  const res = await apiFetch(location);
  const op = (await res.json()) as OperationResource;
  if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
  return waitForOperation(location, Number(res.headers.get('Retry-After') ?? retryAfterSeconds));
}

export async function exportAttachmentPdf(a: AttachmentIdentity): Promise<ArrayBuffer> {
  let accepted: Response;
  try {
    accepted = await apiFetch(`${sampleBase(a)}/attachments/${a.attachmentId}/export`, { method: 'POST', json: { format: 'pdf' } }); // blind-corpus: site=apifetch-export-1
  } catch (err) {
    if (err instanceof ApiError && (err.status === 429 || err.status === 503)) {
      await delay((err.retryAfter ?? 5) * 1000);
      accepted = await apiFetch(`${sampleBase(a)}/attachments/${a.attachmentId}/export`, { method: 'POST', json: { format: 'pdf' }, headers: { 'X-Version': '2022-01-01' } }); // blind-corpus: site=apifetch-export-2
    } else {
      throw err;
    }
  }
  const location = accepted.headers.get('Location');
  if (!location) throw new Error('no operation location');
  const op = await waitForOperation(location, Number(accepted.headers.get('Retry-After') ?? 1));
  if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`attachment export ${op.status}`);
  const file = await apiFetch(op.resourceUrl, { headers: { Accept: 'application/pdf' } });
  return file.arrayBuffer();
}
