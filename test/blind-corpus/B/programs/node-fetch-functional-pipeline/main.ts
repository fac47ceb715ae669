import fetch, { Headers, type RequestInit, type Response } from 'node-fetch';
import { Err, Ok, pipeAsync, tap, unwrap, type Result } from './fp.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
type Ctx = { base: string; token: string; ids: Ids; debug: boolean };
type Op = { id: string; status: string; resourceUrl?: string; resourceURL?: string };
type Pending = Ctx & { location: string; retryAfter: number };
type Done = Ctx & { resource: string };

const seconds = (res: Response, fallback = 1): number => {
  const raw = res.headers.get('retry-after');
  const n = raw === null ? NaN : Number(raw);
  return Number.isFinite(n) ? n : fallback;
};

const sleep = (s: number) => new Promise<void>((r) => setTimeout(r, s * 1000 + 40));

const authed = (token: string, extra: Record<string, string> = {}): RequestInit['headers'] =>
  new Headers({ authorization: `Bearer ${token}`, accept: 'application/json', ...extra });

const exportUrl = ({ base, ids }: Ctx): string =>
  [base.replace(/\/$/, ''), 'prototype/platform/audits', ids.auditId, 'procedures', ids.procedureId, 'matrices', ids.matrixId, 'samples', ids.sampleId, 'attachments', ids.attachmentId, 'export'].join('/'); // blind-corpus: path=node-fetch-fp-1

const requestExport = async (ctx: Ctx): Promise<Result<Pending>> => {
  const res = await fetch(exportUrl(ctx), { method: 'POST', headers: authed(ctx.token, { 'content-type': 'application/json' }), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=node-fetch-fp-1
  if (res.status !== 202) return Err(new Error(`export request: ${res.status} ${await res.text()}`));
  const location = res.headers.get('location');
  return location ? Ok({ ...ctx, location, retryAfter: seconds(res) }) : Err(new Error('no Location header'));
};

const awaitOperation = async (pending: Pending): Promise<Result<Done>> => {
  await sleep(pending.retryAfter);
  const res = await fetch(pending.location, { headers: authed(pending.token) });
  if (!res.ok) return Err(new Error(`poll: ${res.status}`));
  const op = (await res.json()) as Op;
  if (op.status === 'completed') return Ok({ ...pending, resource: op.resourceUrl ?? op.resourceURL ?? '' });
  if (['failed', 'cancelled'].includes(op.status)) return Err(new Error(`operation ${op.id} ${op.status}`));
  return awaitOperation({ ...pending, retryAfter: seconds(res) });
};

const download = async (done: Done): Promise<Uint8Array> => {
  const res = await fetch(done.resource, { headers: authed(done.token, { accept: 'application/pdf' }) });
  if (!res.ok) throw new Error(`download: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
};

const exportAttachmentPdf: (ctx: Ctx) => Promise<Uint8Array> = pipeAsync<Ctx>(
  requestExport,
  unwrap,
  tap<Pending>((p) => p.debug && console.debug('queued', p.location)),
  awaitOperation,
  unwrap,
  download,
);

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  return exportAttachmentPdf({ base: env.baseUrl, token: env.token, ids: env.ids, debug: process.env['DEBUG'] === 'export' });
}
