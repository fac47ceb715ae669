import { setTimeout as sleep } from 'node:timers/promises';
import { ApiClient } from './client.js';
import { exportSampleAttachment, type Operation } from './workiva.endpoints.js';

type AttachmentIds = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

export async function waitForOperation(client: ApiClient, location: string, retryAfter: number): Promise<Operation> {
  await sleep(retryAfter * 1000);
  const res = await client.getAbsolute(location);
  const op = (await res.json()) as Operation;
  if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
  return waitForOperation(client, location, Number(res.headers.get('retry-after') ?? 1));
}

export async function exportAttachmentPdf(client: ApiClient, ids: AttachmentIds): Promise<ArrayBuffer> {
  const { location, retryAfter } = await client.call(exportSampleAttachment, ids, { format: 'pdf' }); // blind-corpus: site=kit-desc-1
  const op = await waitForOperation(client, location, retryAfter);
  if (op.status !== 'completed') throw new Error(`export ${op.status} (${op.originalRequest})`);
  return (await client.getAbsolute(op.resourceUrl ?? op.resourceURL ?? '', 'application/pdf')).arrayBuffer();
}

/** Nightly pre-warm: kicks off exports so the PDFs are cached by the time auditors open the portal. */
export async function prewarm(client: ApiClient, batch: AttachmentIds[]): Promise<string[]> {
  const started: string[] = [];
  for (const ids of batch) {
    const accepted = await client.call(exportSampleAttachment, ids, { format: 'pdf' }); // blind-corpus: site=kit-desc-2
    started.push(accepted.location);
  }
  return started;
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentIds }): Promise<ArrayBuffer> {
  const client = new ApiClient({ baseUrl: env.baseUrl, token: () => env.token, userAgent: 'evidence-svc/1.4' });
  return exportAttachmentPdf(client, env.ids);
}
