import axios from 'axios';
import { createInvoker } from './invoker.js';

interface EvidenceRequest {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export async function run(env: { baseUrl: string; token: string; ids: EvidenceRequest }): Promise<Buffer> {
  const invoke = createInvoker({ baseUrl: env.baseUrl, token: env.token });
  const params: Record<string, string> = { ...env.ids };

  const accepted = await invoke('sampleAttachment.export', { params, body: { format: 'pdf' } }); // blind-corpus: site=config-endpoint-1
  const pollUrl = accepted.headers['location'] as string;
  let retryAfter = Number(accepted.headers['retry-after'] ?? 1);

  const authHeader = { Authorization: `Bearer ${env.token}` };
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1000 * retryAfter + 60));
    const poll = await axios.get<{ status: string; resourceUrl?: string; resourceURL?: string }>(pollUrl, { headers: authHeader });
    retryAfter = Number(poll.headers['retry-after'] ?? retryAfter);
    if (poll.data.status === 'completed') {
      const pdf = await axios.get<ArrayBuffer>(poll.data.resourceUrl ?? poll.data.resourceURL ?? '', { headers: authHeader, responseType: 'arraybuffer' });
      return Buffer.from(pdf.data);
    }
    if (['failed', 'cancelled'].includes(poll.data.status)) throw new Error(`export ${poll.data.status}`);
  }
}
