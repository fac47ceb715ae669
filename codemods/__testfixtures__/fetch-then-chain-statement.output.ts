// A fire-and-forget export: the statement begins with the call, a promise chain follows, and a
// comment inside the call must move before the statement.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

export function startExport(
  apiBase: string,
  bearer: string,
  s: { audit: string; procedure: string; matrix: string; sample: string; attachment: string },
  onAccepted: (location: string) => void,
): void {
  // starts the PDF export
  exportSampleAttachmentAsFetchResponse(
    {
      auditId: s.audit,
      procedureId: s.procedure,
      matrixId: s.matrix,
      sampleId: s.sample,
      attachmentId: s.attachment,
    },
    { baseUrl: apiBase, token: bearer },
  )
    .then((res) => {
      const location = res.headers.get('Location');
      if (location) onAccepted(location);
    })
    .catch(() => undefined);
}
