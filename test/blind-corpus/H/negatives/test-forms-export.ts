// New testForms API (X-Version 2026-01-01).
export interface TestFormAttachment {
  testFormId: string;
  testPhaseId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export async function startTestFormAttachmentExport(baseUrl: string, token: string, a: TestFormAttachment): Promise<{ location: string; retryAfter: number }> {
  const res = await fetch(
    `${baseUrl}/testForms/${a.testFormId}/testPhases/${a.testPhaseId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Version': '2026-01-01' },
      body: JSON.stringify({ format: 'pdf' }),
    },
  );
  if (res.status !== 202) throw new Error(`testForms export failed: ${res.status}`);
  return { location: res.headers.get('Location') ?? '', retryAfter: Number(res.headers.get('Retry-After') ?? 1) };
}
