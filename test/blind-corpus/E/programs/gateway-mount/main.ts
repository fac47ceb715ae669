import { WorkivaGateway, type GatewayResponse } from './gateway.js';

const PLATFORM_MOUNT = `${process.env['WORKIVA_GATEWAY_MOUNT'] ?? ''}/prototype/platform`;

interface AttachmentKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationStatus {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function sampleRoot(key: AttachmentKey): string {
  return `/audits/${key.auditId}/procedures/${key.procedureId}/matrices/${key.matrixId}/samples/${key.sampleId}`;
}

export class AttachmentExporter {
  constructor(private readonly gateway: WorkivaGateway) {}

  start(key: AttachmentKey): Promise<GatewayResponse<unknown>> {
    return this.gateway.send({ // blind-corpus: site=gateway-mount-1
      method: 'POST',
      path: `/audits/${key.auditId}/procedures/${key.procedureId}/matrices/${key.matrixId}/samples/${key.sampleId}/attachments/${key.attachmentId}/export`, // blind-corpus: path=gateway-mount-1
      body: { format: 'pdf' },
      headers: { 'X-Version': '2022-01-01' },
    });
  }

  /** Used by the nightly job: one export per attachment of a sample. */
  startAll(keys: AttachmentKey[]): Promise<Array<GatewayResponse<unknown>>> {
    return Promise.all(
      keys.map((key) => this.gateway.send({ method: 'POST', path: `${sampleRoot(key)}/attachments/${encodeURIComponent(key.attachmentId)}/export`, body: { format: 'pdf' } })), // blind-corpus: site=gateway-mount-2
    );
  }

  async waitForFile(location: string, firstWaitSeconds: number): Promise<ArrayBuffer> {
    let seconds = firstWaitSeconds;
    for (let i = 0; i < 120; i++) {
      await wait(seconds * 1000);
      const res = await this.gateway.follow(location);
      const op = (await res.json()) as OperationStatus;
      if (op.status === 'completed') {
        const url = op.resourceUrl ?? op.resourceURL;
        if (!url) throw new Error(`operation ${op.id} has no resource`);
        return (await this.gateway.follow(url, 'application/pdf')).arrayBuffer();
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
      seconds = Number(res.headers.get('retry-after') ?? '1');
    }
    throw new Error('gave up waiting for export');
  }
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentKey }): Promise<Uint8Array | ArrayBuffer> {
  const gateway = new WorkivaGateway(env.baseUrl, PLATFORM_MOUNT, env.token);
  const exporter = new AttachmentExporter(gateway);
  const [accepted] = await exporter.startAll([env.ids]);
  if (!accepted) throw new Error('no export started');
  const location = accepted.headers.get('location');
  if (!location) throw new Error('missing Location');
  return exporter.waitForFile(location, Number(accepted.headers.get('retry-after') ?? '1'));
}
