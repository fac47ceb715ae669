import { makeApi, type ApiResult } from './api.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
type Operation = { id: string; status: string; resourceUrl?: string; details?: unknown };

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

const exportPath = ({ auditId, procedureId, matrixId, sampleId, attachmentId }: Ids) =>
  `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`; // blind-corpus: path=functional-fetch-1,functional-fetch-2

const isTerminal = (op: Operation) => ['completed', 'failed', 'cancelled'].includes(op.status);

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const { apiCall, downloadBinary } = makeApi({ baseUrl: env.baseUrl, token: env.token });

  const pollUntilDone = async (started: ApiResult<unknown>): Promise<Operation> => {
    let wait = started.retryAfter ?? 1;
    for (;;) {
      await sleep(wait + 0.05);
      const res = await apiCall<Operation>('GET', started.location!);
      if (isTerminal(res.data)) return res.data;
      wait = res.retryAfter ?? wait;
    }
  };

  let op = await pollUntilDone(await apiCall('POST', exportPath(env.ids), { format: 'pdf' })); // blind-corpus: site=functional-fetch-1
  if (op.status === 'cancelled') {
    // operations get cancelled when the platform restarts a worker; one retry is enough in practice
    op = await pollUntilDone(await apiCall('POST', exportPath(env.ids), { format: 'pdf' })); // blind-corpus: site=functional-fetch-2
  }
  if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`export failed: ${JSON.stringify(op.details ?? op.status)}`);
  return downloadBinary(op.resourceUrl);
}
