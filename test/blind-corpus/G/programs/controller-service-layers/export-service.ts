import type { CallResult, HttpClient } from './http-client.js';

export interface PendingExport {
  statusUrl: string;
  nextCheckAt: number;
}

export interface OperationView {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

/** Generic long-running-operation service: it knows nothing about which resource is exported. */
export class ExportService {
  constructor(private readonly http: HttpClient) {}

  async begin(resourcePath: string, payload: unknown): Promise<PendingExport> {
    const res = await this.forward('POST', resourcePath, payload);
    if (res.status !== 202) {
      const err = await res.json<{ code?: string; message?: string }>().catch(() => ({} as { code?: string; message?: string }));
      throw new Error(`export not accepted: ${res.status} ${err.code ?? ''} ${err.message ?? ''}`.trim());
    }
    return this.pending(res);
  }

  private forward(method: string, path: string, payload?: unknown): Promise<CallResult> {
    return this.http.call(method, path, payload, { Accept: 'application/json', 'X-Version': '2022-01-01' });
  }

  private pending(res: CallResult): PendingExport {
    const statusUrl = res.headers.get('Location');
    if (!statusUrl) throw new Error('no Location header');
    return { statusUrl, nextCheckAt: Date.now() + Number(res.headers.get('Retry-After') ?? '1') * 1000 };
  }

  async settle(pending: PendingExport): Promise<OperationView> {
    const waitMs = pending.nextCheckAt - Date.now();
    if (waitMs > 0) await new Promise((r) => setTimeout(r, waitMs + 25));
    const res = await this.http.call('GET', pending.statusUrl);
    const next = Date.now() + Number(res.headers.get('Retry-After') ?? '1') * 1000;
    if (res.status === 429 || res.status === 503) return this.settle({ ...pending, nextCheckAt: next });
    if (res.status !== 200) throw new Error(`status check failed: ${res.status}`);
    const op = await res.json<OperationView>();
    return ['completed', 'failed', 'cancelled'].includes(op.status) ? op : this.settle({ ...pending, nextCheckAt: next });
  }

  async collect(op: OperationView): Promise<ArrayBuffer> {
    const url = op.resourceUrl ?? op.resourceURL;
    if (op.status !== 'completed' || !url) throw new Error(`operation ${op.id} finished as ${op.status}`);
    const res = await this.http.call('GET', url);
    if (res.status !== 200) throw new Error(`download failed: ${res.status}`);
    return res.buffer();
  }
}
