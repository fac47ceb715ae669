import { OperationWatcher } from './operation-watcher.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

class SampleAttachment {
  constructor(
    readonly audit: string,
    readonly procedure: string,
    readonly matrix: string,
    readonly sample: string,
    readonly id: string,
  ) {}

  static fromIds(ids: Ids): SampleAttachment {
    return new SampleAttachment(ids.auditId, ids.procedureId, ids.matrixId, ids.sampleId, ids.attachmentId);
  }

  get exportPath(): string {
    return `/prototype/platform/audits/${this.audit}/procedures/${this.procedure}/matrices/${this.matrix}/samples/${this.sample}/attachments/${this.id}/export`; // blind-corpus: path=emitter-fetch-1
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const headers = { Authorization: `Bearer ${env.token}`, Accept: 'application/json' };
  const attachment = SampleAttachment.fromIds(env.ids);

  const response = await fetch(new URL(attachment.exportPath, env.baseUrl), { // blind-corpus: site=emitter-fetch-1
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  if (response.status !== 202) throw new Error(`export of ${attachment.id} failed: ${response.status} ${await response.text()}`);

  const watcher = new OperationWatcher(response.headers.get('location') ?? '', headers);
  const failure = new Promise<never>((_, reject) => watcher.once('error', reject));
  watcher.on('status', (s) => {
    if (process.env['DEBUG_EXPORTS']) console.debug(`[export ${attachment.id}] ${s.status}`);
  });
  watcher.start(Number(response.headers.get('retry-after') ?? '1'));
  try {
    const done = await Promise.race([watcher.result(), failure]);
    const resource = done.resourceUrl ?? done.resourceURL;
    if (done.status !== 'completed' || !resource) throw new Error(`export ${done.id} ${done.status}`);
    const file = await fetch(resource, { headers: { Authorization: headers.Authorization } });
    return await file.arrayBuffer();
  } finally {
    watcher.stop();
  }
}
