// node-fetch, with polling that honours the 202's Retry-After.
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function exportWithNodeFetch(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const res = await exportSampleAttachmentAsFetchResponse(
    { auditId, procedureId, matrixId, sampleId, attachmentId },
    { baseUrl: WORKIVA_API_URL, token },
  );
  const wait = Number(res.headers.get('retry-after') ?? '1');
  return { location: res.headers.get('location'), wait };
}
