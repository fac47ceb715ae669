// The team's own request helper: the call is routed, and the export its transport sends follows the switch.
import { workivaRequest } from './routed-own-helper.client.js';

export async function exportThroughHelper(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string) {
  const started = await workivaRequest('POST', `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { format: 'pdf' });
  return started.location;
}
