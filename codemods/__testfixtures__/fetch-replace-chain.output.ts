// A route template from a sibling module, filled with `.replace()` (the demo app's archive style).
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';

export async function archive(ref: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }, token: string) {
  const response = await exportSampleAttachmentAsFetchResponse(
    {
      auditId: ref.auditId,
      procedureId: ref.procedureId,
      matrixId: ref.matrixId,
      sampleId: ref.sampleId,
      attachmentId: ref.attachmentId,
    },
    { baseUrl: WORKIVA_API_URL, token },
  );
  if (!response.ok) throw new Error(`archive export failed with ${response.status}`);
  return response.json();
}
