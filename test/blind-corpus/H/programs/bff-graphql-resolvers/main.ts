import { contextFromEnv } from './context.js';
import { resolvers } from './resolvers.js';

// Simulates what the web client does against the BFF: mutation, then poll the status query, then download.
export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const ctx = contextFromEnv('svc-evidence-viewer');
  const job = await resolvers.Mutation.exportSampleAttachment(undefined, { input: { ...env.ids } }, ctx);
  let wait = job.retryAfterSeconds;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000 + 100));
    const status = await resolvers.Query.exportStatus(undefined, { operationUrl: job.operationUrl }, ctx);
    if (status.status === 'completed' && status.downloadUrl) {
      const file = await fetch(status.downloadUrl, { headers: { Authorization: `Bearer ${ctx.workiva.accessToken}` } });
      return new Uint8Array(await file.arrayBuffer());
    }
    if (status.status === 'failed' || status.status === 'cancelled') throw new Error(`export ${status.status}`);
    wait = status.retryAfterSeconds;
  }
}
