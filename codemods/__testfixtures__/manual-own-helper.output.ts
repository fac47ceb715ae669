// The team's own request helper: its credentials and result shape are not visible to the codemod.
import { workivaRequest } from './manual-own-helper.client.js';

export async function exportThroughHelper(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string) {
  /* workiva-sunset: manual migration needed — the request goes through the team's own helper (`workivaRequest`), whose credentials and result shape are not visible here; until then @workiva-sunset/safety-net routes it at run time */
  const started = await workivaRequest('POST', `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { format: 'pdf' });
  return started.location;
}
