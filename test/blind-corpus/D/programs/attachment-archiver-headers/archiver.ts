import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ArchiveRequest {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface ArchiverOptions {
  apiUrl: string;
  token: string;
  keepCopy?: boolean;
  userAgent?: string;
}

function buildHeaders(opts: ArchiverOptions): Headers {
  const headers = new Headers();
  headers.set('Authorization', `Bearer ${opts.token}`);
  headers.set('Accept', 'application/json');
  headers.append('Content-Type', 'application/json');
  if (opts.userAgent) headers.set('User-Agent', opts.userAgent);
  return headers;
}

export class AttachmentArchiver {
  private readonly headers: Headers;

  constructor(private readonly opts: ArchiverOptions) {
    this.headers = buildHeaders(opts);
  }

  async archive(req: ArchiveRequest): Promise<Uint8Array> {
    const url = new URL(this.opts.apiUrl);
    url.pathname = [ // blind-corpus: path=headers-instance-1
      'prototype', 'platform',
      'audits', req.auditId,
      'procedures', req.procedureId,
      'matrices', req.matrixId,
      'samples', req.sampleId,
      'attachments', req.attachmentId,
      'export',
    ].map(encodeURIComponent).join('/');
    const started = await fetch(url, { method: 'POST', headers: this.headers, body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=headers-instance-1
    if (started.status !== 202) throw new Error(`archive export failed (${started.status})`);

    const opUrl = started.headers.get('location')!;
    let after = Number(started.headers.get('retry-after') ?? 1);
    let resourceUrl: string | undefined;
    while (!resourceUrl) {
      await new Promise((r) => setTimeout(r, after * 1000));
      const res = await fetch(opUrl, { headers: this.headers });
      const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`archive export ${op.status}`);
      if (op.status === 'completed') resourceUrl = op.resourceUrl ?? op.resourceURL;
      after = Number(res.headers.get('retry-after') ?? after);
    }

    const downloadHeaders = new Headers(this.headers);
    downloadHeaders.set('Accept', 'application/pdf');
    downloadHeaders.delete('Content-Type');
    const file = await fetch(resourceUrl, { headers: downloadHeaders });
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (this.opts.keepCopy) {
      const dir = await mkdtemp(path.join(tmpdir(), 'archive-'));
      await writeFile(path.join(dir, `${req.attachmentId}.pdf`), bytes);
    }
    return bytes;
  }
}
