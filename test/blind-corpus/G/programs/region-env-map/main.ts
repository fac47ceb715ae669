import { setTimeout as sleep } from 'node:timers/promises';

type Region = 'us' | 'eu' | 'apac';

interface ProgramEnv {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

interface OperationStatus {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
  details?: unknown;
}

interface AttachmentRef {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

const TERMINAL = new Set(['completed', 'cancelled', 'failed']);

function resolveRegion(): Region {
  const raw = (process.env['WORKIVA_REGION'] ?? process.env['AWS_REGION']?.slice(0, 2) ?? 'us').toLowerCase();
  return raw === 'eu' || raw === 'apac' ? raw : 'us';
}

function apiHost(fallback: string): string {
  const region = resolveRegion();
  const hosts: Record<Region, string | undefined> = {
    us: process.env['WORKIVA_API_URL'] ?? fallback,
    eu: process.env['WORKIVA_API_URL_EU'] || process.env['WORKIVA_API_URL'],
    apac: process.env['WORKIVA_API_URL_APAC'],
  };
  return ({ us: hosts.us, eu: hosts.eu, apac: hosts.apac }[region] ?? fallback).replace(/\/+$/, '') + '/';
}

class ApiError extends Error {
  constructor(readonly status: number, readonly code: string | undefined, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

async function failFrom(res: Response): Promise<never> {
  let code: string | undefined;
  let message = res.statusText;
  try {
    const body = (await res.json()) as { code?: string; message?: string };
    code = body.code;
    message = body.message ?? message;
  } catch {
    // non-JSON error body
  }
  throw new ApiError(res.status, code, `${res.status} ${message}`);
}

export class RegionalAttachmentExporter {
  constructor(private readonly host: string, private readonly token: string) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Authorization: `Bearer ${this.token}`, Accept: 'application/json', ...extra };
  }

  async start(ref: AttachmentRef): Promise<{ location: string; retryAfter: number }> {
    const relative =
      `prototype/platform/audits/${ref.audit}/procedures/${ref.procedure}/matrices/${ref.matrix}/samples/${ref.sample}/attachments/${ref.attachment}/export`; // blind-corpus: path=region-us-1
    const target = new URL(relative, this.host);
    const res = await fetch(target, { // blind-corpus: site=region-us-1
      method: 'POST',
      headers: this.headers({ 'Content-Type': 'application/json', 'X-Version': '2022-01-01' }),
      body: JSON.stringify({ format: 'pdf' }),
    });
    if (res.status !== 202) await failFrom(res);
    const location = res.headers.get('location');
    if (!location) throw new Error('export accepted without a Location header');
    return { location, retryAfter: Number(res.headers.get('retry-after') ?? '1') };
  }

  async waitFor(location: string, firstDelay: number): Promise<OperationStatus> {
    let delay = firstDelay;
    for (let attempt = 0; attempt < 60; attempt++) {
      await sleep(delay * 1000);
      const res = await fetch(location, { headers: this.headers() });
      if (res.status === 429 || res.status === 503) {
        delay = Number(res.headers.get('retry-after') ?? delay * 2);
        continue;
      }
      if (!res.ok) await failFrom(res);
      const op = (await res.json()) as OperationStatus;
      if (TERMINAL.has(op.status)) return op;
      delay = Number(res.headers.get('retry-after') ?? delay);
    }
    throw new Error(`operation ${location} did not finish`);
  }

  async download(url: string): Promise<ArrayBuffer> {
    const res = await fetch(url, { headers: { Authorization: `Bearer ${this.token}` } });
    if (!res.ok) await failFrom(res);
    return res.arrayBuffer();
  }
}

export async function run(env: ProgramEnv): Promise<ArrayBuffer> {
  const exporter = new RegionalAttachmentExporter(apiHost(env.baseUrl), env.token);
  const ref: AttachmentRef = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  };
  const { location, retryAfter } = await exporter.start(ref);
  const op = await exporter.waitFor(location, retryAfter);
  if (op.status !== 'completed') throw new Error(`export ${op.id} ended as ${op.status}`);
  const resource = op.resourceUrl ?? op.resourceURL;
  if (!resource) throw new Error(`export ${op.id} completed without a resource URL`);
  return exporter.download(resource);
}
