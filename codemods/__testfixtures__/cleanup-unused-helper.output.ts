// File-local URL helpers read only by the export call are removed once it is rewritten, and so is
// what only they read; an exported helper, and one still called elsewhere, stay.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';
const PROTOTYPE = '/prototype/platform';

interface SampleRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

function auditUrl(auditId: string): string {
  return `${WORKIVA_API_URL}${PROTOTYPE}/audits/${auditId}`;
}

export function describeAudit(auditId: string): string {
  return `audit at ${auditUrl(auditId)}`;
}

export async function startExport(ref: SampleRef, token: string) {
  const response = await exportSampleAttachmentAsFetchResponse(
    {
      auditId: ref.auditId,
      procedureId: ref.procedureId,
      matrixId: ref.matrixId,
      sampleId: ref.sampleId,
      attachmentId: ref.attachmentId,
    },
    { baseUrl: 'https://api.app.wdesk.com', token },
  );
  return response.headers.get('location');
}
