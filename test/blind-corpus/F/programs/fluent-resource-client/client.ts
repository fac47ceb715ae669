// Fluent resource client used by the audit workspace backend.
// client.audit(a).procedure(p).matrix(m).sample(s).attachment(x).export()

export interface Transport {
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  get(pathOrUrl: string): Promise<Response>;
}

export class FetchTransport implements Transport {
  constructor(private readonly root: string, private readonly credentials: () => Promise<string>) {}

  private async headers(extra: Record<string, string> = {}): Promise<Record<string, string>> {
    return { Authorization: `Bearer ${await this.credentials()}`, ...extra };
  }

  async post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const res = await fetch(this.root + path, { method: 'POST', headers: await this.headers({ 'Content-Type': 'application/json', ...headers }), body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`POST ${path} -> ${res.status} ${await res.text()}`);
    return res;
  }

  async get(pathOrUrl: string): Promise<Response> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : this.root + pathOrUrl;
    const res = await fetch(url, { headers: await this.headers() });
    if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
    return res;
  }
}

export class AttachmentResource {
  constructor(private readonly transport: Transport, readonly path: string) {}

  metadata(): Promise<Response> {
    return this.transport.get(this.path);
  }

  /** Starts an asynchronous PDF export; the response carries Location + Retry-After. */
  export(format: 'pdf' = 'pdf'): Promise<Response> {
    return this.transport.post(`${this.path}/export`, { format }); // blind-corpus: site=fluent-client-1
  }

  exportVersioned(version: string): Promise<Response> {
    return this.transport.post(this.path + '/export', { format: 'pdf' }, { 'X-Version': version }); // blind-corpus: site=fluent-client-2
  }
}

export class SampleResource {
  constructor(private readonly transport: Transport, readonly path: string) {}
  attachment(id: string): AttachmentResource {
    return new AttachmentResource(this.transport, `${this.path}/attachments/${encodeURIComponent(id)}`);
  }
}

export class MatrixResource {
  constructor(private readonly transport: Transport, readonly path: string) {}
  sample(id: string): SampleResource {
    return new SampleResource(this.transport, `${this.path}/samples/${encodeURIComponent(id)}`);
  }
  updateSamples(body: unknown): Promise<Response> {
    return this.transport.post(`${this.path}/samples/update`, body);
  }
}

export class ProcedureResource {
  constructor(private readonly transport: Transport, readonly path: string) {}
  matrix(id: string): MatrixResource {
    return new MatrixResource(this.transport, `${this.path}/matrices/${encodeURIComponent(id)}`);
  }
}

export class AuditResource {
  constructor(private readonly transport: Transport, readonly path: string) {}
  procedure(id: string): ProcedureResource {
    return new ProcedureResource(this.transport, `${this.path}/procedures/${encodeURIComponent(id)}`);
  }
}

export class WorkivaClient {
  constructor(private readonly transport: Transport) {}
  audit(id: string): AuditResource {
    return new AuditResource(this.transport, `/prototype/platform/audits/${encodeURIComponent(id)}`);
  }
  operation(url: string): Promise<Response> {
    return this.transport.get(url);
  }
}
