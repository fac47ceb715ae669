import { once } from 'node:events';
import { OperationPoller, type OperationSnapshot } from './poller.js';

class SampleEvidence {
  constructor(
    readonly auditId: string,
    readonly procedureId: string,
    readonly matrixId: string,
    readonly sampleId: string,
    readonly attachmentId: string,
  ) {}

  get exportPath(): string {
    return `/prototype/platform/audits/${this.auditId}/procedures/${this.procedureId}/matrices/${this.matrixId}/samples/${this.sampleId}/attachments/${this.attachmentId}/export`; // blind-corpus: path=timer-events-1
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const evidence = new SampleEvidence(auditId, procedureId, matrixId, sampleId, attachmentId);
  const headers = { authorization: `Bearer ${env.token}` };
  const res = await fetch(new URL(evidence.exportPath, env.baseUrl), { // blind-corpus: site=timer-events-1
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  if (res.status !== 202) throw new Error(`export failed: ${res.status}`);
  const poller = new OperationPoller(res.headers.get('location')!, headers).start(Number(res.headers.get('retry-after') ?? 1));
  const outcome = Promise.race([
    once(poller, 'completed') as Promise<[OperationSnapshot]>,
    once(poller, 'failed').then(([e]) => Promise.reject(e as Error)),
  ]);
  try {
    const [snap] = await outcome;
    return (await fetch(snap.resourceUrl!, { headers })).arrayBuffer();
  } finally {
    poller.stop();
  }
}
