import axios from 'axios';

export interface TestFormAttachment {
  testFormId: string;
  testPhaseId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

/** Migrated tenants: test-form attachment export (X-Version 2026-01-01). */
export async function exportTestFormAttachment(baseURL: string, token: string, a: TestFormAttachment): Promise<string> {
  const res = await axios.post(
    `/testForms/${a.testFormId}/testPhases/${a.testPhaseId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`,
    { format: 'pdf' },
    { baseURL, headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01' } },
  );
  return String(res.headers['location']);
}
