// packages/workiva-client — fetch-based client shared by the evidence and reporting services.
import fetch, { type Response } from 'node-fetch';
import { workivaRoutes, type AttachmentScope } from './routes.js';

export interface ClientConfig {
  apiUrl: string;
  token: string;
}

export interface Accepted {
  operationUrl: string;
  retryAfterSeconds: number;
}

export interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
}

export class WorkivaRequestError extends Error {
  constructor(readonly status: number, readonly body: string, readonly retryAfterSeconds?: number) {
    super(`Workiva request failed with ${status}: ${body}`);
  }
}

export async function ensureOk(res: Response): Promise<Response> {
  if (res.ok) return res;
  const ra = res.headers.get('retry-after');
  throw new WorkivaRequestError(res.status, await res.text(), ra ? Number(ra) : undefined);
}

export function jsonHeaders(cfg: ClientConfig): Record<string, string> {
  return { authorization: `Bearer ${cfg.token}`, 'content-type': 'application/json', accept: 'application/json' };
}

export function toAccepted(res: Response): Accepted {
  return { operationUrl: res.headers.get('location') ?? '', retryAfterSeconds: Number(res.headers.get('retry-after') ?? '1') };
}

export async function exportAttachment(cfg: ClientConfig, scope: AttachmentScope): Promise<Accepted> {
  const res = await fetch(new URL(workivaRoutes.exportSampleAttachment(scope), cfg.apiUrl), { method: 'POST', headers: jsonHeaders(cfg), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=monorepo-routes-1
  await ensureOk(res);
  return toAccepted(res);
}

export async function getOperation(cfg: ClientConfig, operationUrl: string): Promise<{ op: Operation; retryAfterSeconds: number }> {
  const res = await ensureOk(await fetch(operationUrl, { headers: { authorization: `Bearer ${cfg.token}` } }));
  return { op: (await res.json()) as Operation, retryAfterSeconds: Number(res.headers.get('retry-after') ?? '1') };
}

export async function download(cfg: ClientConfig, url: string): Promise<ArrayBuffer> {
  const res = await ensureOk(await fetch(url, { headers: { authorization: `Bearer ${cfg.token}` } }));
  return res.arrayBuffer();
}
