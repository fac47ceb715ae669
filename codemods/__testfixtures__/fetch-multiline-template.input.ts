// The URL template is split over two lines, the call over many (the demo app's first style).
import type { SampleAttachmentRef } from './fetch-multiline-template.types.js';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';

export async function startExport(ref: SampleAttachmentRef, token: string, signal?: AbortSignal): Promise<string> {
  const res = await fetch(
    `${WORKIVA_API_URL}/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}` +
      `/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`,
    {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'X-Correlation-Id': ref.attachmentId,
      },
      body: JSON.stringify({ format: 'pdf' }),
      signal,
    },
  );
  if (res.status !== 202) throw new Error(`export failed: ${res.status} ${await res.text()}`);
  return res.headers.get('Location')!;
}
