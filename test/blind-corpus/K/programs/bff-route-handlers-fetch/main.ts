import { setTimeout as delay } from 'node:timers/promises';
import { downloadExport, getExportStatus, startExport, type BffRequest } from './handlers.js';

// Simulates what the SPA does against the BFF: start, poll the BFF (which polls upstream), download.
export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<ArrayBuffer> {
  const session = { accessToken: env.token, userId: 'svc-reporting' };
  const started = await startExport({ params: { ...env.ids }, session });
  let wait = started.body.retryAfter;
  for (;;) {
    await delay(wait * 1000);
    const status = await getExportStatus({ params: { operation: started.body.operation }, session });
    if (status.body.downloadable && status.body.resource) {
      const file = await downloadExport({ params: { resource: status.body.resource }, session } satisfies BffRequest);
      return file.body;
    }
    if (['failed', 'cancelled', 'completed'].includes(status.body.status)) throw new Error(`export ended as ${status.body.status}`);
    wait = status.body.retryAfter;
  }
}
