type AttachmentIdentity = Readonly<{ auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }>;

interface ExportOutcome {
  operationUrl: string;
  retryAfter: number;
}

const API_VERSION = '2022-01-01';

function attachmentSegments(id: AttachmentIdentity): string[] {
  return ['prototype', 'platform', 'audits', id.auditId, 'procedures', id.procedureId, 'matrices', id.matrixId, 'samples', id.sampleId, 'attachments', id.attachmentId];
}

function defaultHeaders(token: string): Headers {
  const h = new Headers();
  h.append('Authorization', `Bearer ${token}`);
  h.append('Accept', 'application/json');
  h.append('X-Version', API_VERSION);
  return h;
}

async function readOutcome(res: Response): Promise<ExportOutcome> {
  if (res.status !== 202) {
    const problem = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new Error(`attachment export refused: ${problem?.code ?? res.status} ${problem?.message ?? ''}`);
  }
  return { operationUrl: res.headers.get('Location') ?? '', retryAfter: Number(res.headers.get('Retry-After')) || 1 };
}

export class AttachmentExporter {
  constructor(private readonly origin: string, private readonly token: string) {}

  private urlFor(segments: string[]): URL {
    return new URL('/' + segments.map(encodeURIComponent).join('/'), this.origin);
  }

  async start(id: AttachmentIdentity): Promise<ExportOutcome> {
    const url = this.urlFor([...attachmentSegments(id), 'export']); // blind-corpus: path=segments-fetch-1
    const headers = defaultHeaders(this.token);
    headers.set('Content-Type', 'application/json');
    return readOutcome(await fetch(url, { method: 'POST', headers, body: JSON.stringify({ format: 'pdf' }) })); // blind-corpus: site=segments-fetch-1
  }

  /** Used by the re-export admin action when a previous export was cancelled. */
  async restart(id: AttachmentIdentity, reason: string): Promise<ExportOutcome> {
    const headers = defaultHeaders(this.token);
    headers.set('Content-Type', 'application/json');
    headers.set('X-Reexport-Reason', reason);
    const res = await fetch(this.urlFor(attachmentSegments(id).concat('export')), { method: 'POST', headers, body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=segments-fetch-2
    return readOutcome(res);
  }

  async waitAndDownload(outcome: ExportOutcome): Promise<ArrayBuffer | 'cancelled'> {
    let wait = outcome.retryAfter;
    for (;;) {
      await new Promise((r) => setTimeout(r, wait * 1000 + 20));
      const res = await fetch(outcome.operationUrl, { headers: defaultHeaders(this.token) });
      const op = (await res.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
      if (op.status === 'completed') {
        const pdf = await fetch(op.resourceUrl ?? op.resourceURL ?? '', { headers: { Authorization: `Bearer ${this.token}` } });
        return pdf.arrayBuffer();
      }
      if (op.status === 'cancelled') return 'cancelled';
      if (op.status === 'failed') throw new Error('attachment export failed');
      wait = Number(res.headers.get('Retry-After')) || wait;
    }
  }
}

export async function run(env: { baseUrl: string; token: string; ids: AttachmentIdentity }): Promise<ArrayBuffer> {
  const exporter = new AttachmentExporter(env.baseUrl, env.token);
  let result = await exporter.waitAndDownload(await exporter.start(env.ids));
  if (result === 'cancelled') result = await exporter.waitAndDownload(await exporter.restart(env.ids, 'previous export cancelled'));
  if (result === 'cancelled') throw new Error('export cancelled twice');
  return result;
}
