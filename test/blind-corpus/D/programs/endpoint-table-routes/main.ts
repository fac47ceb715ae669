import { EvidenceController } from './evidence-controller.js';
import { PlatformClient } from './platform-client.js';
import { reconcileAttachments } from './reconciliation.js';
import type { AttachmentRef } from './endpoints.js';

export async function run(env: { baseUrl: string; token: string; ids: AttachmentRef }): Promise<ArrayBuffer> {
  const client = new PlatformClient(env.baseUrl, env.token);
  const controller = new EvidenceController(client);
  const [pdf, report] = await Promise.all([
    controller.downloadEvidencePdf(env.ids),
    reconcileAttachments(client, [{ ...env.ids, attachmentId: `${env.ids.attachmentId}-recon` }]),
  ]);
  const failed = report.filter((r) => r.operation.status !== 'completed');
  if (failed.length > 0) throw new Error(`${failed.length} reconciliation exports failed`);
  return pdf;
}
