// An axios instance rooted at the prototype API, and a relative path (the demo app's second style).
import axios from 'axios';
import { exportSampleAttachmentAsAxiosResponse } from 'workiva-sunset';

const WORKIVA_API_URL = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';
const workiva = axios.create({ baseURL: `${WORKIVA_API_URL}/prototype/platform`, timeout: 30_000 });

interface WorkivaOperation {
  id: string;
  status: string;
  resourceUrl?: string | null;
}

export async function exportSamplePdf(ref: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }, token: string): Promise<Buffer> {
  const auth = { Authorization: `Bearer ${token}` };
  const started = await exportSampleAttachmentAsAxiosResponse(
    {
      auditId: ref.auditId,
      procedureId: ref.procedureId,
      matrixId: ref.matrixId,
      sampleId: ref.sampleId,
      attachmentId: ref.attachmentId,
    },
    { baseUrl: workiva.defaults.baseURL, token },
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
