import type { Response } from 'got';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Plugin, PluginHost } from './host.js';

type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
interface Operation {
  id: string;
  status: OperationStatus;
  resourceUrl: string | null;
  originalRequest?: string;
}

function retryAfter(res: Response): number {
  const value = Number.parseInt(res.headers['retry-after'] ?? '', 10);
  return Number.isNaN(value) ? 3 : value;
}

async function pollUntilDone(host: PluginHost, location: string, seconds: number): Promise<Operation> {
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline) {
    await sleep(seconds * 1000);
    const res = await host.api.get(location, { prefixUrl: '', responseType: 'json' }) as Response<Operation>;
    const op = res.body;
    switch (op.status) {
      case 'completed':
      case 'failed':
      case 'cancelled':
        return op;
      default:
        seconds = retryAfter(res);
    }
  }
  throw new Error(`timed out waiting for ${location}`);
}

async function download(host: PluginHost, op: Operation): Promise<Uint8Array> {
  if (op.status !== 'completed' || !op.resourceUrl) {
    throw new Error(`export failed (operation ${op.id}, request ${op.originalRequest ?? 'n/a'}): ${op.status}`);
  }
  const buf = await host.api.get(op.resourceUrl, { prefixUrl: '' }).buffer();
  return new Uint8Array(buf);
}

export const workivaPlugin: Plugin = (host) => {
  host.provide('workiva.attachment.pdf', async ({ auditId, procedureId, matrixId, sampleId, attachmentId }) => {
    const res = await host.api.post( // blind-corpus: site=conn-got-1
      `prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, // blind-corpus: path=conn-got-1
      { json: { format: 'pdf' } },
    );
    const location = res.headers.location;
    if (!location) throw new Error('missing Location');
    host.logger.info(`[workiva] export started -> ${location}`);
    return download(host, await pollUntilDone(host, location, retryAfter(res)));
  });

  // Auto-archive: when a sample is signed off, archive every attachment as PDF.
  host.onEvent('sample.signed-off', async (evt) => {
    const segments = [
      'prototype', 'platform', // blind-corpus: path=conn-got-2
      'audits', evt['auditId'], 'procedures', evt['procedureId'], 'matrices', evt['matrixId'],
      'samples', evt['sampleId'], 'attachments', evt['attachmentId'], 'export',
    ].map((s) => encodeURIComponent(String(s)));
    const res = await host.api.post(segments.join('/'), { json: { format: 'pdf' } }); // blind-corpus: site=conn-got-2
    host.logger.info(`[workiva] archive export queued: ${res.headers.location}`);
  });
};
