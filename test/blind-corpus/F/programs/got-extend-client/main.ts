import { setTimeout as delay } from 'node:timers/promises';
import { createWorkivaClient, downloadResource, getAudit, getOperation, requestAttachmentPdf, type ExportTarget } from './workiva.js';

const log = (msg: string, extra: Record<string, unknown> = {}) => console.log(JSON.stringify({ level: 'info', msg, ...extra }));

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const client = createWorkivaClient({ apiUrl: env.baseUrl, token: env.token });
  const target: ExportTarget = env.ids;

  try {
    const audit = await getAudit(client, target.auditId);
    log('audit resolved', { auditId: audit.id, status: audit.status });
  } catch (err) {
    log('audit lookup failed, continuing', { error: String(err) });
  }

  const { location, retryAfter } = await requestAttachmentPdf(client, target);
  log('export accepted', { location });

  let wait = retryAfter;
  for (;;) {
    await delay(wait * 1000);
    const { op, retryAfter: next } = await getOperation(client, location);
    if (op.status === 'completed') {
      const url = op.resourceUrl ?? op.resourceURL;
      if (!url) throw new Error('completed operation has no resourceUrl');
      return downloadResource(client, url);
    }
    if (op.status === 'failed' || op.status === 'cancelled') {
      throw new Error(`attachment export ${op.id} ${op.status}: ${JSON.stringify(op.details)}`);
    }
    wait = next;
  }
}
