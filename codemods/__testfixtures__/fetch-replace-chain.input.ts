// A route template from a sibling module, filled with `.replace()` (the demo app's archive style).
import { SAMPLE_ATTACHMENT_EXPORT } from './fetch-imported-constant.paths.js';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';

export async function archive(ref: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }, token: string) {
  const response = await fetch(
    WORKIVA_API_URL +
      SAMPLE_ATTACHMENT_EXPORT.replace(':auditId', ref.auditId)
        .replace(':procedureId', ref.procedureId)
        .replace(':matrixId', ref.matrixId)
        .replace(':sampleId', ref.sampleId)
        .replace(':attachmentId', encodeURIComponent(ref.attachmentId)),
    { method: 'POST', headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' }, body: '{"format":"pdf"}' },
  );
  if (!response.ok) throw new Error(`archive export failed with ${response.status}`);
  return response.json();
}
