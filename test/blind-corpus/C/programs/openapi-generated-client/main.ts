import { AuditsApi } from './generated/AuditsApi.js';
import { Configuration } from './generated/runtime.js';

interface OperationModel {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

function retryAfterMs(res: Response): number {
  return (Number(res.headers.get('retry-after')) || 1) * 1000;
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<ArrayBuffer> {
  const token = process.env['WORKIVA_TOKEN'] ?? env.token;
  const api = new AuditsApi(new Configuration({ basePath: process.env['WORKIVA_API_URL'], accessToken: token }));

  const accepted = await api.auditSampleAttachmentExportById({ ...env.ids, graphAttachmentExport: { format: 'pdf' } });
  const operationUrl = accepted.headers.get('location');
  if (!operationUrl) throw new Error('missing Location on export response');

  let wait = retryAfterMs(accepted);
  for (;;) {
    await new Promise((r) => setTimeout(r, wait + 30));
    const res = await fetch(operationUrl, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
    const op = (await res.json()) as OperationModel;
    if (op.status === 'completed') {
      const file = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { Authorization: `Bearer ${token}`, Accept: 'application/pdf' } });
      return file.arrayBuffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
    wait = retryAfterMs(res);
  }
}
