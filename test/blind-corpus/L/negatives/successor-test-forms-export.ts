import axios from 'axios';

export interface TestFormAttachment {
  testFormId: string;
  testPhaseId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

/** 2026-01-01 API: sample attachment export under testForms/testPhases. */
export async function startTestFormExport(baseUrl: string, token: string, a: TestFormAttachment): Promise<{ location: string; retryAfter: number }> {
  const res = await axios.post(
    `${baseUrl}/testForms/${a.testFormId}/testPhases/${a.testPhaseId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`,
    { format: 'pdf' },
    { headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01', 'Content-Type': 'application/json' } },
  );
  return { location: String(res.headers['location']), retryAfter: Number(res.headers['retry-after'] ?? 1) };
}

export async function downloadRaw(baseUrl: string, token: string, a: TestFormAttachment): Promise<ArrayBuffer> {
  const res = await axios.get<ArrayBuffer>(
    `${baseUrl}/testForms/${a.testFormId}/testPhases/${a.testPhaseId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/download`,
    { headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01' }, responseType: 'arraybuffer' },
  );
  return res.data;
}
