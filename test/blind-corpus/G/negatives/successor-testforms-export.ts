import axios from 'axios';

/** Client for the successor endpoint (testForms). */
export interface TestFormAttachmentRef {
  testFormId: string;
  testPhaseId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const SUCCESSOR_VERSION = '2026-01-01';

export async function startTestFormExport(baseUrl: string, token: string, ref: TestFormAttachmentRef): Promise<string> {
  const path = `/testForms/${ref.testFormId}/testPhases/${ref.testPhaseId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`;
  const res = await axios.post(new URL(path, baseUrl).toString(), { format: 'pdf' }, {
    headers: { Authorization: `Bearer ${token}`, 'X-Version': SUCCESSOR_VERSION },
  });
  return String(res.headers['location']);
}

export function successorSegments(ref: TestFormAttachmentRef): string[] {
  return ['testForms', ref.testFormId, 'testPhases', ref.testPhaseId, 'matrices', ref.matrixId, 'samples', ref.sampleId, 'attachments', ref.attachmentId, 'export'];
}

export async function startViaSegments(baseUrl: string, token: string, ref: TestFormAttachmentRef): Promise<Response> {
  return fetch(new URL(successorSegments(ref).join('/'), baseUrl), {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'X-Version': SUCCESSOR_VERSION },
    body: JSON.stringify({ format: 'pdf' }),
  });
}
