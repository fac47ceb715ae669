import { setTimeout as sleep } from 'node:timers/promises';
import type { Session } from './session.js';

export interface AttachmentArgs {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

export async function pullAttachment(session: Session, a: AttachmentArgs): Promise<ArrayBuffer> {
  const path = `/prototype/platform/audits/${a.audit}/procedures/${a.procedure}/matrices/${a.matrix}/samples/${a.sample}/attachments/${a.attachment}/export`; // blind-corpus: path=cli-undici-1
  const accepted = await session.call('POST', path, { format: 'pdf' }); // blind-corpus: site=cli-undici-1
  const operationUrl = accepted.headers.get('location');
  if (!operationUrl) throw new Error('no Location on export response');
  let delaySeconds = Number(accepted.headers.get('retry-after')) || 1;

  for (let n = 0; ; n++) {
    await sleep(delaySeconds * 1000);
    const res = await session.call('GET', operationUrl);
    const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') return (await session.call('GET', op.resourceUrl ?? op.resourceURL!)).arrayBuffer();
    if (['failed', 'cancelled'].includes(op.status)) throw new Error(`export ${op.status}`);
    if (n > 200) throw new Error('export is taking too long');
    delaySeconds = Number(res.headers.get('retry-after')) || delaySeconds;
  }
}

export async function showSample(session: Session, a: AttachmentArgs): Promise<unknown> {
  const res = await session.call('GET', `/prototype/platform/audits/${a.audit}/procedures/${a.procedure}/matrices/${a.matrix}/samples/${a.sample}`);
  return res.json();
}
