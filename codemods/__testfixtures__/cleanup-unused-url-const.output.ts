// The request is assembled from consts that only the export call reads: after the rewrite they are
// unused, so they go (with the comment that describes them); the ones the drop-in still reads stay.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';

export async function startExport(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  // The 202 points at the operation to poll.
  const started = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: WORKIVA_API_URL, token },
  );
  return started.headers.get('location');
}
