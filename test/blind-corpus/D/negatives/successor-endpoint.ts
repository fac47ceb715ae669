import axios from 'axios';

export interface TestFormAttachment {
  testFormId: string;
  testPhaseId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

/** New-style export against the test forms API (X-Version 2026-01-01). */
export async function startTestFormAttachmentExport(apiUrl: string, token: string, a: TestFormAttachment): Promise<string> {
  const res = await axios.post(
    `${apiUrl}/testForms/${a.testFormId}/testPhases/${a.testPhaseId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`,
    { format: 'pdf' },
    { headers: { Authorization: `Bearer ${token}`, 'X-Version': '2026-01-01' } },
  );
  return res.headers['location'] as string;
}
