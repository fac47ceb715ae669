// The URL comes from a small helper function called with the ids.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

export async function exportViaHelper(job: { audit: string; procedure: string; matrix: string; sample: string; attachment: string }, token: string) {
  const response = await exportSampleAttachmentAsFetchResponse(
    {
      auditId: job.audit,
      procedureId: job.procedure,
      matrixId: job.matrix,
      sampleId: job.sample,
      attachmentId: job.attachment,
    },
    { baseUrl: 'https://api.app.wdesk.com', token },
  );
  return response.headers.get('location');
}
