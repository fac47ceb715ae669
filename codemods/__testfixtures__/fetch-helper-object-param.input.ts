// The URL helper takes the whole id record; the ids are members of the call's argument.
import { SAMPLE_ATTACHMENT_EXPORT } from './fetch-imported-constant.paths.js';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';

interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

function exportUrl(ref: SampleAttachmentRef): string {
  return (
    WORKIVA_API_URL +
    SAMPLE_ATTACHMENT_EXPORT.replace(':auditId', ref.auditId)
      .replace(':procedureId', ref.procedureId)
      .replace(':matrixId', ref.matrixId)
      .replace(':sampleId', ref.sampleId)
      .replace(':attachmentId', encodeURIComponent(ref.attachmentId))
  );
}

export async function archiveAttachment(job: SampleAttachmentRef, token: string): Promise<unknown> {
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  const response = await fetch(exportUrl(job), { method: 'POST', headers, body: '{"format":"pdf"}' });
  if (!response.ok) throw new Error(`archive export failed with ${response.status}`);
  return (await response.json().catch(() => null)) as unknown;
}
