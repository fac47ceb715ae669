import fetch, { Headers, type Response } from 'node-fetch';
import { readFile } from 'node:fs/promises';

interface TenantSettings {
  id: string;
  workivaUrl: string;
  workivaToken: string;
  requestTimeoutMs: number;
  pollBudgetMs: number;
}

interface ExportJob {
  tenant: TenantSettings;
  attachment: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

export async function loadTenantSettings(file: string): Promise<TenantSettings[]> {
  return JSON.parse(await readFile(file, 'utf8')) as TenantSettings[];
}

function headersFor(t: TenantSettings, accept = 'application/json'): Headers {
  return new Headers({ Authorization: `Bearer ${t.workivaToken}`, Accept: accept, 'X-Tenant': t.id });
}

async function assertOk(res: Response, what: string): Promise<Response> {
  if (res.ok) return res;
  const err = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
  throw new Error(`${what} failed: ${res.status} ${err?.code ?? ''} ${err?.message ?? ''}`.trim());
}

export async function runExport({ tenant, attachment: a }: ExportJob): Promise<ArrayBuffer> {
  const exportUrl = new URL(tenant.workivaUrl);
  exportUrl.pathname = `/prototype/platform/audits/${a.auditId}/procedures/${a.procedureId}/matrices/${a.matrixId}/samples/${a.sampleId}/attachments/${a.attachmentId}/export`; // blind-corpus: path=wl-nf-1

  const h = headersFor(tenant);
  h.set('Content-Type', 'application/json');
  const started = await assertOk(await fetch(exportUrl.href, { method: 'POST', headers: h, body: JSON.stringify({ format: 'pdf' }), signal: AbortSignal.timeout(tenant.requestTimeoutMs) }), 'export'); // blind-corpus: site=wl-nf-1

  const deadline = Date.now() + tenant.pollBudgetMs;
  let location = started.headers.get('location')!;
  let waitMs = 1000 * Number(started.headers.get('retry-after') ?? 1);
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, waitMs));
    const res = await assertOk(await fetch(location, { headers: headersFor(tenant), signal: AbortSignal.timeout(tenant.requestTimeoutMs) }), 'poll');
    const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') {
      const file = await assertOk(await fetch(op.resourceUrl ?? op.resourceURL!, { headers: headersFor(tenant, 'application/pdf') }), 'download');
      return file.arrayBuffer();
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`${tenant.id}: export ${op.status}`);
    waitMs = 1000 * Number(res.headers.get('retry-after') ?? 1);
  }
  throw new Error(`${tenant.id}: export exceeded poll budget`);
}

export async function run(env: { baseUrl: string; token: string; ids: ExportJob['attachment'] }): Promise<ArrayBuffer> {
  const tenant: TenantSettings = { id: 'harborview', workivaUrl: env.baseUrl, workivaToken: env.token, requestTimeoutMs: 29_000, pollBudgetMs: 5 * 60_000 };
  return runExport({ tenant, attachment: env.ids });
}
