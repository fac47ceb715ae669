// Exports an evidence attachment as PDF with fetch, the way the team first wrote it.
import { WORKIVA_API_URL } from './config.js';
import type { SampleAttachmentRef, WorkivaOperation } from './types.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function downloadEvidencePdf(ref: SampleAttachmentRef, token: string): Promise<Uint8Array> {
  const res = await fetch(
    `${WORKIVA_API_URL}/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}` +
      `/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`,
    {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ format: 'pdf' }),
    },
  );
  if (res.status !== 202) throw new Error(`export failed: ${res.status} ${await res.text()}`);
  const operationUrl = res.headers.get('Location')!;

  // Poll until the PDF is ready (a fixed one-second sleep: the API says "as low as 1 request per second").
  let operation: WorkivaOperation;
  do {
    await sleep(1000);
    const poll = await fetch(operationUrl, { headers: { Authorization: `Bearer ${token}` } });
    operation = (await poll.json()) as WorkivaOperation;
  } while (operation.status !== 'completed');

  const file = await fetch(operation.resourceUrl!, { headers: { Authorization: `Bearer ${token}` } });
  return new Uint8Array(await file.arrayBuffer());
}
