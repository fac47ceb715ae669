// Nightly archive: builds the export URL from the shared route table.
import { WORKIVA_API_URL } from './config.js';
import { SAMPLE_ATTACHMENT_EXPORT } from './paths.js';
import type { SampleAttachmentRef, WorkivaOperation } from './types.js';

function exportUrl(ref: SampleAttachmentRef): string {
  return (
    WORKIVA_API_URL +
    SAMPLE_ATTACHMENT_EXPORT.replace(':auditId', ref.auditId)
      .replace(':procedureId', ref.procedureId)
      .replace(':matrixId', ref.matrixId)
      .replace(':sampleId', ref.sampleId)
      .replace(':attachmentId', encodeURIComponent(ref.attachmentId))
  );
}

export async function archiveAttachment(ref: SampleAttachmentRef, token: string): Promise<Uint8Array> {
  const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Content-Type': 'application/json' };
  const response = await fetch(exportUrl(ref), { method: 'POST', headers, body: '{"format":"pdf"}' });
  if (!response.ok) throw new Error(`archive export failed with ${response.status}`);

  let operation = (await response.json().catch(() => null)) as WorkivaOperation | null;
  const location = response.headers.get('location')!;
  while (!operation || operation.status !== 'completed') {
    await new Promise((r) => setTimeout(r, 1000 * Number(response.headers.get('retry-after') ?? '1')));
    operation = (await (await fetch(location, { headers })).json()) as WorkivaOperation;
  }
  const pdf = await fetch(operation.resourceUrl!, { headers: { Authorization: headers.Authorization } });
  return new Uint8Array(await pdf.arrayBuffer());
}
