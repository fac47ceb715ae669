import got from 'got';

export interface TestPhaseAttachment {
  testFormId: string;
  testPhaseId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

/** The replacement for the retired prototype audits export. */
export async function exportTestPhaseAttachment(baseUrl: string, token: string, a: TestPhaseAttachment): Promise<string> {
  const res = await got.post(`${baseUrl}/testForms/${a.testFormId}/testPhases/${a.testPhaseId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`, {
    headers: { authorization: `Bearer ${token}`, 'x-version': '2026-01-01' },
    json: { format: 'pdf' },
  });
  return String(res.headers.location);
}

export async function exportViaFetch(baseUrl: string, token: string, a: TestPhaseAttachment): Promise<Response> {
  const segments = ['testForms', a.testFormId, 'testPhases', a.testPhaseId, 'matrices', a.matrixId, 'samples', a.sampleId, 'attachments', a.attachmentId, 'export'];
  return fetch(`${baseUrl}/${segments.join('/')}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Version': '2026-01-01' },
    body: JSON.stringify({ format: 'pdf' }),
  });
}
