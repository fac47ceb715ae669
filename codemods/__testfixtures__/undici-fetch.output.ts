// undici's fetch.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

export async function exportWithUndici(origin: string, ids: { a: string; p: string; m: string; s: string; att: string }, token: string) {
  const response = await exportSampleAttachmentAsFetchResponse(
    { auditId: ids.a, procedureId: ids.p, matrixId: ids.m, sampleId: ids.s, attachmentId: ids.att },
    { baseUrl: origin, token },
  );
  return response.headers.get('location');
}
