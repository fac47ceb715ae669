// Migrated exporter: the 2026-01-01 test form endpoint (not the prototype audits one).
export interface TestFormAttachment {
  testFormId: string;
  testPhaseId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export async function startSuccessorExport(baseUrl: string, token: string, a: TestFormAttachment): Promise<{ location: string; retryAfter: number }> {
  const res = await fetch(
    `${baseUrl}/testForms/${a.testFormId}/testPhases/${a.testPhaseId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Version': '2026-01-01' },
      body: JSON.stringify({ format: 'pdf' }),
    },
  );
  if (res.status !== 202) throw new Error(`export failed: ${res.status}`);
  return { location: res.headers.get('Location') ?? '', retryAfter: Number(res.headers.get('Retry-After') ?? 1) };
}

export async function listTestPhases(baseUrl: string, token: string, testFormId: string): Promise<Array<{ id: string; matrices?: { id: string }[] }>> {
  const phases: Array<{ id: string; matrices?: { id: string }[] }> = [];
  let next: string | undefined = `${baseUrl}/testForms/${testFormId}/testPhases?$expand=matrices`;
  while (next) {
    const res: Response = await fetch(next, { headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01' } });
    const page = (await res.json()) as { data: Array<{ id: string; matrices?: { id: string }[] }>; '@nextLink'?: string };
    phases.push(...page.data);
    next = page['@nextLink'];
  }
  return phases;
}
