// The file already imports from the wrapper: the drop-in is merged into that import.
import { configure, exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

configure({ route: 'legacy' });

export async function exportMerged(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  return exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: 'https://api.app.wdesk.com', token },
  );
}
