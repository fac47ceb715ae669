// Uses the 2026-01-01 test-form export, not the prototype one.
import got from 'got';
import { setTimeout as sleep } from 'node:timers/promises';

export interface TestFormAttachment {
  testFormId: string;
  testPhaseId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export async function exportTestFormAttachment(baseUrl: string, token: string, a: TestFormAttachment): Promise<Buffer> {
  const headers = { authorization: `Bearer ${token}`, 'x-version': '2026-01-01' };
  const res = await got.post(
    `${baseUrl}/testForms/${a.testFormId}/testPhases/${a.testPhaseId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`,
    { headers, json: { format: 'pdf' } },
  );
  let wait = Number(res.headers['retry-after'] ?? 1);
  const location = res.headers.location!;
  for (;;) {
    await sleep(wait * 1000);
    const poll = await got(location, { headers }).json<{ status: string; resourceUrl: string }>();
    if (poll.status === 'completed') return got(poll.resourceUrl, { headers }).buffer();
    if (poll.status === 'failed' || poll.status === 'cancelled') throw new Error(poll.status);
    wait = 1;
  }
}

export async function downloadRawAttachment(baseUrl: string, token: string, a: TestFormAttachment): Promise<Buffer> {
  return got(`${baseUrl}/testForms/${a.testFormId}/testPhases/${a.testPhaseId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/download`, {
    headers: { authorization: `Bearer ${token}`, 'x-version': '2026-01-01' },
  }).buffer();
}
