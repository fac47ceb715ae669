// File-local URL helpers read only by the export call are removed once it is rewritten, and so is
// what only they read; an exported helper, and one still called elsewhere, stay.
const WORKIVA_API_URL = 'https://api.app.wdesk.com';
const PROTOTYPE = '/prototype/platform';

interface SampleRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

/** The prototype route of one sample attachment. */
function attachmentPath(ref: SampleRef): string {
  return `${PROTOTYPE}/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}`;
}

const exportUrl = (ref: SampleRef) => `${WORKIVA_API_URL}${attachmentPath(ref)}/export`;

function auditUrl(auditId: string): string {
  return `${WORKIVA_API_URL}${PROTOTYPE}/audits/${auditId}`;
}

export function describeAudit(auditId: string): string {
  return `audit at ${auditUrl(auditId)}`;
}

export async function startExport(ref: SampleRef, token: string) {
  const response = await fetch(exportUrl(ref), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  return response.headers.get('location');
}
