import got from 'got';
import { setTimeout as delay } from 'node:timers/promises';
import { AttachmentExporter, type AttachmentLocator } from './attachment-exporter.js';
import { readFlags } from './flags.js';

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const exporter = new AttachmentExporter(env.baseUrl, env.token, readFlags());
  const locator: AttachmentLocator = { ...env.ids };
  const started = await exporter.start(locator);

  const authed = got.extend({ headers: { authorization: `Bearer ${env.token}` } });
  let wait = started.retryAfterSeconds;
  for (let i = 0; i < 100; i++) {
    await delay(wait * 1000 + 100);
    const res = await authed.get(started.operationUrl, { responseType: 'json' });
    const op = res.body as Operation;
    if (op.status === 'completed' && op.resourceUrl) {
      return authed.get(op.resourceUrl).buffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
    wait = Number(res.headers['retry-after'] ?? wait);
  }
  throw new Error('export did not complete in time');
}
