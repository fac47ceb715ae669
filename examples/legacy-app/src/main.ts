// Exports one evidence attachment through each of the service's three code paths and prints a
// digest of each PDF, so a run before and after the migration can be compared.
import { createHash } from 'node:crypto';
import { getAccessToken } from './auth.js';
import { archiveAttachment } from './evidence-archive.js';
import { exportSamplePdf } from './evidence-axios.js';
import { downloadEvidencePdf } from './evidence-fetch.js';
import type { SampleAttachmentRef } from './types.js';

const ref: SampleAttachmentRef = {
  auditId: 'QXVkaXQ6MTIz',
  procedureId: 'UHJvY2VkdXJlOjQ1',
  matrixId: 'TWF0cml4Ojc4',
  sampleId: 'U2FtcGxlOjkw',
  attachmentId: 'QXR0YWNobWVudDox',
};

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const token = await getAccessToken();
const results = {
  fetch: digest(await downloadEvidencePdf(ref, token)),
  axios: digest(await exportSamplePdf(ref, token)),
  archive: digest(await archiveAttachment(ref, token)),
};
console.log(JSON.stringify(results));
