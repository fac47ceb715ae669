// The URL helper takes the whole id record; the ids are members of the call's argument.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';

interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export async function archiveAttachment(job: SampleAttachmentRef, token: string): Promise<unknown> {
  const response = await exportSampleAttachmentAsFetchResponse(
    {
      auditId: job.auditId,
      procedureId: job.procedureId,
      matrixId: job.matrixId,
      sampleId: job.sampleId,
      attachmentId: job.attachmentId,
    },
    { baseUrl: WORKIVA_API_URL, token },
  );
  if (!response.ok) throw new Error(`archive export failed with ${response.status}`);
  return (await response.json().catch(() => null)) as unknown;
}
