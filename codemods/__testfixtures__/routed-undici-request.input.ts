// undici.request resolves to { statusCode, headers, body } streams: no drop-in has that shape, so the
// call is kept as written and routed; the code after it reads undici's own result unchanged.
import { request } from 'undici';

const WORKIVA_API_URL = 'https://api.app.wdesk.com';

export async function startExport(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string, token: string) {
  const { statusCode, headers, body } = await request(`${WORKIVA_API_URL}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  await body.dump();
  return { statusCode, location: headers['location'] };
}
