import { setTimeout as delay } from 'node:timers/promises';
import { AuditAttachmentsClient, type SampleAttachmentRef } from './sdk/audit-attachments-client.js';

interface RunEnv {
  baseUrl: string;
  token: string;
  ids: SampleAttachmentRef;
}

const TERMINAL = new Set(['completed', 'cancelled', 'failed']);

export async function run(env: RunEnv): Promise<Uint8Array> {
  const client = new AuditAttachmentsClient({
    baseUrl: env.baseUrl,
    tokenProvider: () => env.token,
    userAgent: 'evidence-archiver/2.8.0',
  });

  const handle = await client.startAttachmentExport({ ...env.ids });
  let wait = handle.retryAfterSeconds;
  for (let attempt = 0; attempt < 60; attempt++) {
    await delay(wait * 1000 + 50);
    const { operation, retryAfterSeconds } = await client.getOperation(handle.operationUrl);
    if (TERMINAL.has(operation.status)) {
      if (operation.status !== 'completed') {
        throw new Error(`export ${operation.id} ended ${operation.status}: ${operation.details?.map((d) => d.message).join('; ') ?? 'no details'}`);
      }
      const resource = operation.resourceUrl ?? operation.resourceURL;
      if (!resource) throw new Error(`export ${operation.id} completed without a resource URL`);
      return client.downloadResource(resource);
    }
    wait = retryAfterSeconds;
  }
  throw new Error('export did not finish in time');
}
