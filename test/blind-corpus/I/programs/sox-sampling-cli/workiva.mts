import fetch from 'node-fetch';

export type Selection = { audit: string; procedure: string; matrix: string; sample: string; attachment: string };

const BASE_HEADERS = { Accept: 'application/json', 'X-Version': '2022-01-01' } as const;

export class WorkivaSession {
  constructor(readonly apiUrl: string, private readonly token: string) {}

  headers(extra?: Record<string, string>): Record<string, string> {
    return { ...BASE_HEADERS, Authorization: `Bearer ${this.token}`, ...extra };
  }

  async exportSelection(sel: Selection): Promise<{ location: string; retryAfter: number }> {
    const endpoint = `${this.apiUrl}/prototype/platform/audits/${sel.audit}/procedures/${sel.procedure}/matrices/${sel.matrix}/samples/${sel.sample}/attachments/${sel.attachment}/export`; // blind-corpus: path=sox-cli-1
    const res = await fetch(endpoint, { method: 'POST', headers: this.headers({ 'Content-Type': 'application/json' }), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=sox-cli-1
    if (res.status !== 202) {
      const { code, message } = (await res.json()) as { code: string; message: string };
      throw new Error(`export refused (${res.status} ${code}): ${message}`);
    }
    return { location: res.headers.get('location') ?? '', retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  async poll(location: string): Promise<{ body: { status: string; resourceUrl?: string }; retryAfter: number }> {
    const res = await fetch(location, { headers: this.headers() });
    if (!res.ok) throw new Error(`poll failed: ${res.status}`);
    return { body: (await res.json()) as { status: string; resourceUrl?: string }, retryAfter: Number(res.headers.get('retry-after') ?? 1) };
  }

  async download(url: string): Promise<ArrayBuffer> {
    const res = await fetch(url, { headers: this.headers({ Accept: 'application/pdf' }) });
    if (!res.ok) throw new Error(`download failed: ${res.status}`);
    return res.arrayBuffer();
  }
}
