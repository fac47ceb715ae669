import { envFlags, type FlagSource } from './flags.js';
import { invoke, type InvocationResult } from './invoke.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const HIERARCHY = ['audits', 'procedures', 'matrices', 'samples', 'attachments'] as const;

function hostFor(flags: FlagSource, fallback: string): string {
  const blue = process.env['WORKIVA_API_URL'] ?? fallback;
  const green = process.env['WORKIVA_API_URL_GREEN'] || blue;
  const host = flags.isOn('workiva-green-deploy') ? green : blue;
  return host.endsWith('/') ? host : `${host}/`;
}

function idChain(ids: Ids): string[] {
  const ordered = [ids.auditId, ids.procedureId, ids.matrixId, ids.sampleId, ids.attachmentId];
  return Array.from(HIERARCHY, (collection, i) => `${collection}/${encodeURIComponent(ordered[i] ?? '')}`);
}

export class AttachmentExports {
  constructor(private readonly host: string, private readonly token: string, private readonly flags: FlagSource) {}

  async start(ids: Ids): Promise<InvocationResult> {
    const segments = ['prototype', 'platform', ...idChain(ids), 'export']; // blind-corpus: path=flag-invoke-1
    const first = await invoke({ method: 'POST', url: new URL(segments.join('/'), this.host), token: this.token, json: { format: 'pdf' } }); // blind-corpus: site=flag-invoke-1
    if (first.status !== 503 || !this.flags.isOn('workiva-export-failover')) return first;
    const failover = this.flags.variant('workiva-failover-host', this.host);
    await new Promise((r) => setTimeout(r, (first.retryAfter ?? 1) * 1000));
    return invoke({ method: 'POST', url: new URL(`prototype/platform/${idChain(ids).join('/')}/export`, failover), token: this.token, json: { format: 'pdf' } }); // blind-corpus: site=flag-invoke-2
  }

  async status(location: string): Promise<{ op?: Operation; retryAfter: number }> {
    const res = await invoke({ method: 'GET', url: location, token: this.token });
    if (res.status === 429) return { retryAfter: res.retryAfter ?? 1 };
    if (!res.ok) throw new Error(`status check failed: ${res.status}`);
    return { op: (await res.response.json()) as Operation, retryAfter: res.retryAfter ?? 1 };
  }

  async download(url: string): Promise<ArrayBuffer> {
    const res = await invoke({ method: 'GET', url, token: this.token, accept: 'application/pdf' });
    if (!res.ok) throw new Error(`download failed: ${res.status}`);
    return res.response.arrayBuffer();
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  const exportsApi = new AttachmentExports(hostFor(envFlags, env.baseUrl), process.env['WORKIVA_TOKEN'] ?? env.token, envFlags);
  const started = await exportsApi.start(env.ids);
  if (started.status !== 202 || !started.location) throw new Error(`export not accepted: ${started.status}`);
  const location = started.location;
  let delay = started.retryAfter ?? 1;
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, delay * 1000));
  for (;;) {
    await tick();
    const { op, retryAfter } = await exportsApi.status(location);
    delay = retryAfter;
    if (!op) continue;
    if (op.status === 'completed') return exportsApi.download(op.resourceUrl ?? op.resourceURL ?? '');
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
  }
}
