import fetch, { Headers } from 'node-fetch';

type Constructor<T = object> = new (...args: any[]) => T;

interface ExportableShape {
  readonly exportUrl: string;
  readonly authorization: string;
}

export interface ExportHandle {
  statusUrl: string;
  retryAfter: number;
}

export function Exportable<TBase extends Constructor<ExportableShape>>(Base: TBase) {
  return class extends Base {
    async startExport(format: 'pdf' | 'docx' = 'pdf'): Promise<ExportHandle> {
      const headers = new Headers({ Authorization: this.authorization, 'Content-Type': 'application/json', Accept: 'application/json' });
      const res = await fetch(this.exportUrl, { method: 'POST', headers, body: JSON.stringify({ format }) }); // blind-corpus: site=mixin-export-1
      if (res.status !== 202) {
        const text = await res.text();
        throw new Error(`export of ${this.exportUrl} failed: ${res.status} ${text}`);
      }
      return { statusUrl: res.headers.get('location') ?? '', retryAfter: parseInt(res.headers.get('retry-after') ?? '1', 10) };
    }
  };
}

export function Pollable<TBase extends Constructor<{ readonly authorization: string }>>(Base: TBase) {
  return class extends Base {
    async pollUntilDone(handle: ExportHandle): Promise<{ status: string; resourceUrl?: string; resourceURL?: string }> {
      let retryAfter = handle.retryAfter;
      while (true) {
        await new Promise((r) => setTimeout(r, retryAfter * 1000));
        const res = await fetch(handle.statusUrl, { headers: { Authorization: this.authorization } });
        retryAfter = parseInt(res.headers.get('retry-after') ?? String(retryAfter), 10);
        if (res.status === 429) continue;
        const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
        if (['completed', 'failed', 'cancelled'].includes(op.status)) return op;
      }
    }

    async download(url: string): Promise<ArrayBuffer> {
      const res = await fetch(url, { headers: { Authorization: this.authorization } });
      if (!res.ok) throw new Error(`download ${res.status}`);
      return res.arrayBuffer();
    }
  };
}
