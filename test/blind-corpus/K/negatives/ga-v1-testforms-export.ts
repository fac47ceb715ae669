// Reporting agency: GA 2022-01-01 endpoint under /platform/v1 (sunsets later; out of scope for the prototype migration).
import ky from 'ky';

export async function exportViaPlatformV1(apiUrl: string, token: string, ids: { testFormId: string; testPhaseId: string; matrixId: string; sampleId: string; attachmentId: string }) {
  const res = await ky.post(
    `${apiUrl}/platform/v1/testForms/${ids.testFormId}/testPhases/${ids.testPhaseId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`,
    { headers: { authorization: `Bearer ${token}`, 'x-version': '2022-01-01' }, json: { format: 'pdf' } },
  );
  return { location: res.headers.get('location'), retryAfter: Number(res.headers.get('retry-after') ?? 1) };
}

export async function downloadAttachmentRaw(apiUrl: string, token: string, ids: { testFormId: string; testPhaseId: string; matrixId: string; sampleId: string; attachmentId: string }) {
  return ky
    .get(`${apiUrl}/testForms/${ids.testFormId}/testPhases/${ids.testPhaseId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/download`, {
      headers: { authorization: `Bearer ${token}`, 'x-version': '2026-01-01' },
    })
    .arrayBuffer();
}
