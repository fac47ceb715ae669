import type { AxiosResponse } from 'axios';
import type { ConnectorAction, ConnectorContext, ConnectorPlugin } from './plugin-api.js';

export interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
  details?: { code: string; message: string; target?: string }[] | null;
}

const TERMINAL = new Set(['completed', 'cancelled', 'failed']);

function retryAfterMs(res: AxiosResponse, fallbackSeconds = 5): number {
  const raw = res.headers['retry-after'];
  const seconds = Number(raw);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : fallbackSeconds) * 1000;
}

async function waitForOperation(ctx: ConnectorContext, location: string, firstDelayMs: number): Promise<Operation> {
  let delay = firstDelayMs;
  for (let attempt = 1; attempt <= 60; attempt++) {
    await ctx.sleep(delay);
    const res = await ctx.http.get<Operation>(location);
    ctx.log('debug', 'operation polled', { attempt, status: res.data.status });
    if (TERMINAL.has(res.data.status)) return res.data;
    delay = retryAfterMs(res);
  }
  throw new Error(`operation ${location} did not finish`);
}

const exportAttachment: ConnectorAction<SampleAttachmentRef, Uint8Array> = {
  key: 'sample-attachment.export-pdf',
  description: 'Export a sample attachment of an audit matrix as PDF',
  async execute(ctx, ref) {
    const url =
      `/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}` + // blind-corpus: path=conn-axios-1
      `/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`;
    const started = await ctx.http.post(url, { format: 'pdf' }, { headers: { 'X-Version': '2022-01-01' } }); // blind-corpus: site=conn-axios-1
    if (started.status !== 202) throw new Error(`unexpected status ${started.status} starting export`);
    const location = String(started.headers['location']);
    ctx.log('info', 'export accepted', { location });

    const op = await waitForOperation(ctx, location, retryAfterMs(started));
    if (op.status !== 'completed') {
      throw new Error(`export ${op.id} ended ${op.status}: ${op.details?.map((d) => d.message).join('; ') ?? 'no details'}`);
    }
    const resource = op.resourceUrl ?? op.resourceURL;
    if (!resource) throw new Error(`export ${op.id} completed without a resource URL`);
    const file = await ctx.http.get<ArrayBuffer>(resource, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } });
    return new Uint8Array(file.data);
  },
};

const getSample: ConnectorAction<SampleAttachmentRef, unknown> = {
  key: 'sample.get',
  description: 'Read sample metadata',
  async execute(ctx, ref) {
    const res = await ctx.http.get(
      `/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}`,
    );
    return res.data;
  },
};

export const workivaConnector: ConnectorPlugin = {
  id: 'workiva',
  version: '3.4.1',
  actions: [exportAttachment, getSample],
  setup(ctx) {
    ctx.log('info', 'workiva connector ready');
  },
};
