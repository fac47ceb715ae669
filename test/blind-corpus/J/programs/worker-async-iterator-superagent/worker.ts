import superagent from 'superagent';
import { watchOperation } from './operations.js';

/** Shape of the message our scheduler publishes on the `attachment-exports` topic. */
export interface QueueMessage {
  messageId: string;
  receiptHandle: string;
  body: string;
  approximateReceiveCount: number;
}

interface ExportRequested {
  kind: 'AttachmentExportRequested';
  tenant: string;
  target: { audit: string; procedure: string; matrix: string; sample: string; attachment: string };
}

export interface WorkerDeps {
  apiUrl: string;
  token: string;
  store: (key: string, bytes: Buffer) => Promise<void>;
  ack: (receiptHandle: string) => Promise<void>;
  log: (line: string) => void;
}

const MAX_RECEIVES = 4;

export async function handleMessage(msg: QueueMessage, deps: WorkerDeps): Promise<void> {
  const event = JSON.parse(msg.body) as ExportRequested;
  if (event.kind !== 'AttachmentExportRequested') {
    await deps.ack(msg.receiptHandle);
    return;
  }
  const t = event.target;
  try {
    const accepted = await superagent // blind-corpus: site=worker-sa-1
      .post(`${deps.apiUrl}/prototype/platform/audits/${t.audit}/procedures/${t.procedure}/matrices/${t.matrix}/samples/${t.sample}/attachments/${t.attachment}/export`) // blind-corpus: path=worker-sa-1
      .auth(deps.token, { type: 'bearer' })
      .set('X-Version', '2022-01-01')
      .send({ format: 'pdf' });

    const location = accepted.get('Location');
    if (!location) throw new Error('202 without Location');
    for await (const snapshot of watchOperation(location, deps.token, Number(accepted.get('Retry-After') ?? 1))) {
      deps.log(`[${msg.messageId}] ${snapshot.id} ${snapshot.status}`);
      if (snapshot.status === 'completed') {
        if (!snapshot.resourceUrl) throw new Error('completed without resourceUrl');
        const file = await superagent.get(snapshot.resourceUrl).auth(deps.token, { type: 'bearer' }).responseType('arraybuffer');
        await deps.store(`${event.tenant}/${t.attachment}.pdf`, file.body as Buffer);
      } else if (snapshot.status === 'failed' || snapshot.status === 'cancelled') {
        throw new Error(`export ${snapshot.status}`);
      }
    }
    await deps.ack(msg.receiptHandle);
  } catch (err) {
    if (msg.approximateReceiveCount >= MAX_RECEIVES) {
      deps.log(`[${msg.messageId}] giving up after ${msg.approximateReceiveCount} receives: ${String(err)}`);
      await deps.ack(msg.receiptHandle);
    }
    throw err; // leave it on the queue; visibility timeout gives us the backoff
  }
}
