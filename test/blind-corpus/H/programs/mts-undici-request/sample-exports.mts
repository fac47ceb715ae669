import { request } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';

export type ExportFormat = 'pdf';

export interface SampleAttachmentId {
  readonly audit: string;
  readonly procedure: string;
  readonly matrix: string;
  readonly sample: string;
  readonly attachment: string;
}

const segments = (id: SampleAttachmentId): string[] => [
  'prototype', 'platform', // blind-corpus: path=mts-undici-1
  'audits', id.audit,
  'procedures', id.procedure,
  'matrices', id.matrix,
  'samples', id.sample,
  'attachments', id.attachment,
  'export',
];

export async function exportSampleAttachment(apiBase: string, bearer: string, id: SampleAttachmentId, format: ExportFormat = 'pdf'): Promise<Uint8Array> {
  const target = new URL(segments(id).map(encodeURIComponent).join('/'), apiBase.endsWith('/') ? apiBase : apiBase + '/');
  const { statusCode, headers, body } = await request(target, { // blind-corpus: site=mts-undici-1
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ format }),
  });
  await body.dump();
  if (statusCode !== 202) throw new Error(`export start failed (${statusCode})`);

  const operation = String(headers['location']);
  let retry = Number(headers['retry-after'] ?? 1);
  while (true) {
    await sleep(retry * 1000 + 100);
    const poll = await request(operation, { headers: { authorization: `Bearer ${bearer}` } });
    retry = Number(poll.headers['retry-after'] ?? retry);
    const op = (await poll.body.json()) as { status: string; resourceUrl?: string };
    if (op.status === 'completed') {
      const file = await request(op.resourceUrl!, { headers: { authorization: `Bearer ${bearer}` } });
      return new Uint8Array(await file.body.arrayBuffer());
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
  }
}
