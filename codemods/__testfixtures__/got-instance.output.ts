// A got instance with a prefixUrl and default headers.
import { exportSampleAttachmentAsGotResponse } from 'workiva-sunset';

export async function exportWithGotInstance(apiRoot: string, ids: { a: string; p: string; m: string; s: string; att: string }, token: string) {
  const response = await exportSampleAttachmentAsGotResponse(
    { auditId: ids.a, procedureId: ids.p, matrixId: ids.m, sampleId: ids.s, attachmentId: ids.att },
    { baseUrl: `${apiRoot}/prototype/platform`, token },
  );
  return response.headers.location;
}
