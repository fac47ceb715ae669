// The URL is built into a const first; the fetch options live in a const too.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const BASE = 'https://api.app.wdesk.com';

export async function exportWithConsts(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const started = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: BASE, token },
  );
  return started.headers.get('location');
}
