// The reporting job's client: an axios instance rooted at the prototype API.
import axios from 'axios';
import { WORKIVA_API_URL } from './config.js';
import type { SampleAttachmentRef, WorkivaOperation } from './types.js';

const workiva = axios.create({ baseURL: `${WORKIVA_API_URL}/prototype/platform`, timeout: 30_000 });

export async function exportSamplePdf(ref: SampleAttachmentRef, token: string): Promise<Buffer> {
  const auth = { Authorization: `Bearer ${token}` };
  const started = await workiva.post(
    `/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`,
    { format: 'pdf' },
    { headers: auth },
  );
  const location: string = started.headers['location'];
  let wait = Number(started.headers['retry-after'] ?? 1);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    const poll = await axios.get<WorkivaOperation>(location, { headers: auth });
    if (poll.data.status === 'completed') {
      const pdf = await axios.get<ArrayBuffer>(poll.data.resourceUrl!, { headers: auth, responseType: 'arraybuffer' });
      return Buffer.from(pdf.data);
    }
    if (poll.data.status === 'failed') throw new Error(`export ${poll.data.id} failed`);
    wait = Number(poll.headers['retry-after'] ?? 1);
  }
}
