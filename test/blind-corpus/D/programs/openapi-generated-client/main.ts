import { Configuration } from './runtime.js';
import { SampleAttachmentsApi, type Operation } from './apis/SampleAttachmentsApi.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const config = new Configuration({ basePath: env.baseUrl, accessToken: env.token });
  const api = new SampleAttachmentsApi(config);
  const accepted = await api.exportSampleAttachment({ ...env.ids, sampleAttachmentExport: { format: 'pdf' }, xVersion: '2022-01-01' });
  const location = accepted.headers.get('Location');
  if (!location) throw new Error('no operation location');
  const auth = { Authorization: `Bearer ${env.token}` };
  let retryAfter = Number(accepted.headers.get('Retry-After') ?? 1);
  let op: Operation;
  do {
    await sleep(retryAfter * 1000);
    const res = await fetch(location, { headers: auth });
    op = (await res.json()) as Operation;
    retryAfter = Number(res.headers.get('Retry-After') ?? 1);
  } while (op.status !== 'completed' && op.status !== 'failed' && op.status !== 'cancelled');
  if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`export ${op.id} ${op.status}`);
  return (await fetch(op.resourceUrl, { headers: auth })).arrayBuffer();
}
