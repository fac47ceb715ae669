import ky from 'ky';

export interface TestFormAttachment {
  testFormId: string;
  testPhaseId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

/** Already migrated: the test-forms export that replaces the prototype endpoint. */
export async function exportTestFormAttachment(baseUrl: string, token: string, a: TestFormAttachment): Promise<string> {
  const api = ky.create({
    prefixUrl: baseUrl,
    headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01' },
  });
  const segments = ['testForms', a.testFormId, 'testPhases', a.testPhaseId, 'matrices', a.matrixId, 'samples', a.sampleId, 'attachments', a.attachmentId, 'export'];
  const res = await api.post(segments.join('/'), { json: { format: 'pdf' } });
  return res.headers.get('Location') ?? '';
}
