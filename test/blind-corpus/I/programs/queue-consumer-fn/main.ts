import fetch, { type Response } from 'node-fetch';

// SQS-triggered consumer: each message asks for one attachment to be rendered to PDF and stored.
interface QueueRecord {
  messageId: string;
  body: string;
  attributes: { ApproximateReceiveCount: string };
}

interface RenderRequestedMessage {
  type: 'evidence.render.requested';
  tenant: string;
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
  apiVersion?: string;
}

interface BatchResult {
  batchItemFailures: Array<{ itemIdentifier: string }>;
  rendered: Map<string, Uint8Array>;
}

const apiBase = () => new URL(process.env.WORKIVA_API_URL ?? 'http://localhost');

function bearer(): string {
  const t = process.env.WORKIVA_TOKEN;
  if (!t) throw new Error('WORKIVA_TOKEN not set');
  return `Bearer ${t}`;
}

function waitFor(res: Response, fallback: number): Promise<void> {
  const seconds = Number(res.headers.get('retry-after') ?? fallback);
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

async function startRender(msg: RenderRequestedMessage): Promise<Response> {
  const headers = { authorization: bearer(), 'content-type': 'application/json', accept: 'application/json' };
  if (msg.apiVersion) {
    return fetch(new URL(`/prototype/platform/audits/${msg.audit}/procedures/${msg.procedure}/matrices/${msg.matrix}/samples/${msg.sample}/attachments/${msg.attachment}/export`, apiBase()), { // blind-corpus: site=queue-nf-2
      method: 'POST',
      headers: { ...headers, 'x-version': msg.apiVersion },
      body: JSON.stringify({ format: 'pdf' }),
    });
  }
  const url = `${apiBase().origin}/prototype/platform/audits/${msg.audit}/procedures/${msg.procedure}/matrices/${msg.matrix}/samples/${msg.sample}/attachments/${msg.attachment}/export`; // blind-corpus: path=queue-nf-1
  return fetch(url, { method: 'POST', headers, body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=queue-nf-1
}

async function render(msg: RenderRequestedMessage): Promise<Uint8Array> {
  const accepted = await startRender(msg);
  if (accepted.status !== 202) throw new Error(`render rejected (${accepted.status}): ${await accepted.text()}`);
  const opUrl = accepted.headers.get('location')!;
  let last: Response = accepted;
  for (;;) {
    await waitFor(last, 1);
    last = await fetch(opUrl, { headers: { authorization: bearer() } });
    if (!last.ok) throw new Error(`operation poll failed: ${last.status}`);
    const op = (await last.clone().json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') {
      const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { authorization: bearer() } });
      return new Uint8Array(await file.arrayBuffer());
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`render ${op.status}`);
  }
}

export async function handler(event: { Records: QueueRecord[] }): Promise<BatchResult> {
  const result: BatchResult = { batchItemFailures: [], rendered: new Map() };
  for (const record of event.Records) {
    try {
      const msg = JSON.parse(record.body) as RenderRequestedMessage;
      if (msg.type !== 'evidence.render.requested') continue;
      result.rendered.set(record.messageId, await render(msg));
    } catch (err) {
      console.error(`message ${record.messageId} failed (receive #${record.attributes.ApproximateReceiveCount})`, err);
      result.batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return result;
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const message: RenderRequestedMessage = {
    type: 'evidence.render.requested',
    tenant: 'acme-prod',
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  };
  const out = await handler({ Records: [{ messageId: 'm-1', body: JSON.stringify(message), attributes: { ApproximateReceiveCount: '1' } }] });
  const pdf = out.rendered.get('m-1');
  if (!pdf) throw new Error('message was not rendered');
  return pdf;
}
