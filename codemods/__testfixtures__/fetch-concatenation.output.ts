// String concatenation with `+`, and an Authorization header that is not a bearer template.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const API_ROOT = 'https://api.apac.wdesk.com';

export async function exportByConcatenation(ids: { audit: string; procedure: string; matrix: string; sample: string; attachment: string }, authorization: string) {
  const response = await exportSampleAttachmentAsFetchResponse(
    {
      auditId: ids.audit,
      procedureId: ids.procedure,
      matrixId: ids.matrix,
      sampleId: ids.sample,
      attachmentId: ids.attachment,
    },
    { baseUrl: API_ROOT, headers: { Authorization: authorization } },
  );
  return (await response.json()) as { id: string; status: string };
}
