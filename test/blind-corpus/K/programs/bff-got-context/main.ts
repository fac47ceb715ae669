import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createWorkivaClient, type RequestContext } from './context.js';

interface ExportInput {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

function parseExportInput(raw: Record<string, unknown>): ExportInput {
  const keys = ['auditId', 'procedureId', 'matrixId', 'sampleId', 'attachmentId'] as const;
  const bad = keys.filter((k) => typeof raw[k] !== 'string' || (raw[k] as string).length === 0);
  if (bad.length) throw new TypeError(`exportSamplePdf: invalid ${bad.join(', ')}`);
  return Object.fromEntries(keys.map((k) => [k, raw[k]])) as unknown as ExportInput;
}

type Operation = { id: string; status: string; resourceUrl?: string; resourceURL?: string };

/** procedure: evidence.exportSamplePdf */
export async function exportSamplePdf(ctx: RequestContext, rawInput: Record<string, unknown>): Promise<Buffer> {
  const input = parseExportInput(rawInput);
  const path = [
    'prototype/platform/audits', input.auditId, 'procedures', input.procedureId, 'matrices', input.matrixId, // blind-corpus: path=bff-got-1
    'samples', input.sampleId, 'attachments', input.attachmentId, 'export',
  ].join('/');
  const started = await ctx.workiva.post(path, { json: { format: 'pdf' } }); // blind-corpus: site=bff-got-1
  const location = started.headers.location;
  if (!location) throw new Error('no Location on 202');
  ctx.log('export started', { location, user: ctx.user.id });

  let retryAfter = Number(started.headers['retry-after'] ?? 1);
  let op: Operation;
  do {
    await sleep(retryAfter * 1000);
    const res = await ctx.workiva.get<Operation>(location, { prefixUrl: '' });
    op = res.body;
    retryAfter = Number(res.headers['retry-after'] ?? 1);
  } while (!['completed', 'failed', 'cancelled'].includes(op.status));

  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const pdf = await ctx.workiva.get((op.resourceUrl ?? op.resourceURL)!, { prefixUrl: '', responseType: 'buffer', headers: { accept: 'application/pdf' } });
  return pdf.body;
}

export async function run(env: { baseUrl: string; token: string; ids: ExportInput }): Promise<Uint8Array> {
  const requestId = randomUUID();
  const ctx: RequestContext = {
    user: { id: 'u_123', orgId: 'org_9' },
    workiva: createWorkivaClient(env.baseUrl, () => env.token, requestId),
    log: (msg, extra) => console.log(JSON.stringify({ level: 'info', requestId, msg, ...extra })),
  };
  return exportSamplePdf(ctx, { ...env.ids });
}
