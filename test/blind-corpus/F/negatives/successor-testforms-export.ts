// New-style export against the test forms API (replacement for the audits/procedures based one).
import ky from 'ky';

export interface TestFormAttachment {
  testFormId: string;
  testPhaseId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export async function startTestFormAttachmentExport(apiUrl: string, token: string, a: TestFormAttachment): Promise<{ location: string; retryAfter: number }> {
  const res = await ky.post(
    `${apiUrl}/testForms/${a.testFormId}/testPhases/${a.testPhaseId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`,
    { json: { format: 'pdf' }, headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01' } },
  );
  return { location: res.headers.get('Location') ?? '', retryAfter: Number(res.headers.get('Retry-After') ?? 1) };
}
