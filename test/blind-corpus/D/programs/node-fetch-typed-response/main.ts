import fetch from 'node-fetch';
import { ensureAccepted, parseRetryAfter, readPdf } from './responses.js';

interface WorkpaperAttachment {
  audit: { id: string };
  procedure: { id: string };
  matrix: { id: string };
  sample: { id: string };
  id: string;
}

type OpState = { status: string; resourceUrl: string | null; resourceURL?: string | null };

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const attachment: WorkpaperAttachment = {
    audit: { id: env.ids.auditId },
    procedure: { id: env.ids.procedureId },
    matrix: { id: env.ids.matrixId },
    sample: { id: env.ids.sampleId },
    id: env.ids.attachmentId,
  };
  const auth = { Authorization: `Bearer ${env.token}` };
  const exportUrl =
    `${env.baseUrl}/prototype/platform/audits/${attachment.audit.id}/procedures/${attachment.procedure.id}` +
    `/matrices/${attachment.matrix.id}/samples/${attachment.sample.id}/attachments/${attachment.id}/export`; // blind-corpus: path=node-fetch-typed-1
  const started = await fetch(exportUrl, { // blind-corpus: site=node-fetch-typed-1
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  const { operationUrl, retryAfterSec } = await ensureAccepted(started);

  let waitSec = retryAfterSec;
  for (;;) {
    await new Promise((r) => setTimeout(r, waitSec * 1000));
    const res = await fetch(operationUrl, { headers: auth });
    const state = (await res.json()) as OpState;
    if (state.status === 'completed') return readPdf(await fetch((state.resourceUrl ?? state.resourceURL)!, { headers: auth }));
    if (state.status === 'failed' || state.status === 'cancelled') throw new Error(`export ${state.status}`);
    waitSec = parseRetryAfter(res);
  }
}
