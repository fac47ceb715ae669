// The URL template is split over two lines, the call over many (the demo app's first style).
import type { SampleAttachmentRef } from './fetch-multiline-template.types.js';
import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';

export async function startExport(ref: SampleAttachmentRef, token: string, signal?: AbortSignal): Promise<string> {
  const res = await exportSampleAttachmentAsFetchResponse(
    {
      auditId: ref.auditId,
      procedureId: ref.procedureId,
      matrixId: ref.matrixId,
      sampleId: ref.sampleId,
      attachmentId: ref.attachmentId,
    },
    { baseUrl: WORKIVA_API_URL, token, headers: { 'X-Correlation-Id': ref.attachmentId }, signal },
  );
  if (res.status !== 202) throw new Error(`export failed: ${res.status} ${await res.text()}`);
  return res.headers.get('Location')!;
}
