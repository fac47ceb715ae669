import { setTimeout as sleep } from 'node:timers/promises';
import type { PlatformPool } from './platform-pool.js';

export type FieldworkSample = {
  engagement: { auditId: string; procedureId: string };
  matrixId: string;
  sampleId: string;
  attachmentIds: string[];
};

type Operation = { id: string; status: string; resourceUrl?: string; resourceURL?: string };

const header = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

export async function exportSampleAttachment(platform: PlatformPool, sample: FieldworkSample, attachmentId: string): Promise<Buffer> {
  const path = platform.prefixed(
    [
      '/prototype/platform/audits', // blind-corpus: path=fieldwork-undici-1
      sample.engagement.auditId,
      'procedures',
      sample.engagement.procedureId,
      'matrices',
      sample.matrixId,
      'samples',
      sample.sampleId,
      'attachments',
      attachmentId,
      'export',
    ].join('/'),
  );

  const accepted = await platform.pool.request({ // blind-corpus: site=fieldwork-undici-1
    method: 'POST',
    path,
    headers: platform.headers({ 'content-type': 'application/json' }),
    body: JSON.stringify({ format: 'pdf' }),
  });
  if (accepted.statusCode !== 202) {
    const text = await accepted.body.text();
    throw new Error(`export rejected (${accepted.statusCode}): ${text}`);
  }
  await accepted.body.dump();
  const location = header(accepted.headers['location']);
  if (!location) throw new Error('missing Location');
  let retryAfter = Number(header(accepted.headers['retry-after']) ?? 1);

  for (;;) {
    await sleep(retryAfter * 1000 + 50);
    const res = await platform.getAbsolute(location);
    retryAfter = Number(header(res.headers['retry-after']) ?? retryAfter);
    if (res.statusCode === 429 || res.statusCode === 503) {
      await res.body.dump();
      continue;
    }
    const op = (await res.body.json()) as Operation;
    if (op.status === 'completed') {
      const file = await platform.getAbsolute(op.resourceUrl ?? op.resourceURL ?? '');
      return Buffer.from(await file.body.arrayBuffer());
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
  }
}
