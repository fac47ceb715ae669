import { SampleAttachmentRef } from './domain.js';
import { NodeFetchHttpClient } from './http-client.js';
import { AttachmentExportRepository } from './export-repository.js';

const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - Date.now()) + 40));

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Buffer> {
  const row = { audit_id: env.ids.auditId, procedure_id: env.ids.procedureId, matrix_id: env.ids.matrixId, sample_id: env.ids.sampleId, attachment_id: env.ids.attachmentId };
  const repo = new AttachmentExportRepository(new NodeFetchHttpClient(env.baseUrl.replace(/\/$/, ''), { bearer: env.token }));

  const ticket = await repo.requestExport(SampleAttachmentRef.fromRecord(row));
  let notBefore = ticket.notBefore;
  for (;;) {
    await sleepUntil(notBefore);
    const state = await repo.check(ticket);
    if (state.done) return repo.fetchPdf(state.resourceUrl);
    notBefore = state.notBefore;
  }
}
