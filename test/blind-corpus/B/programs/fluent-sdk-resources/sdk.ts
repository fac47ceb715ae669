import ky, { type Options } from 'ky';

export interface WorkivaOptions {
  baseUrl?: string;
  token?: string;
  version?: string;
}

export interface OperationHandle {
  readonly url: string;
  readonly retryAfter: number;
}

export interface OperationState {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  resourceURL?: string;
}

export class Workiva {
  readonly baseUrl: string;
  private readonly token: string;
  private readonly version: string;

  constructor(opts: WorkivaOptions = {}) {
    this.baseUrl = (opts.baseUrl ?? process.env['WORKIVA_API_URL'] ?? '').replace(/\/$/, '');
    this.token = opts.token ?? process.env['WORKIVA_TOKEN'] ?? '';
    this.version = opts.version ?? '2022-01-01';
  }

  /** @internal */
  _options(extra: Options = {}): Options {
    return {
      retry: 0,
      timeout: 30_000,
      ...extra,
      headers: { Authorization: `Bearer ${this.token}`, 'X-Version': this.version, Accept: 'application/json', ...(extra.headers as Record<string, string>) },
    };
  }

  audits(auditId: string): AuditResource {
    return new AuditResource(this, `${this.baseUrl}/prototype/platform/audits/${encodeURIComponent(auditId)}`);
  }

  operations = {
    get: async (handle: OperationHandle): Promise<{ state: OperationState; retryAfter: number }> => {
      const res = await ky(handle.url, this._options());
      return { state: await res.json<OperationState>(), retryAfter: Number(res.headers.get('Retry-After') ?? 1) };
    },
    waitFor: async (handle: OperationHandle, pollCeilingSeconds = 30): Promise<OperationState> => {
      let wait = handle.retryAfter;
      for (;;) {
        await new Promise((r) => setTimeout(r, Math.min(wait, pollCeilingSeconds) * 1000 + 50));
        const { state, retryAfter } = await this.operations.get(handle);
        if (['completed', 'failed', 'cancelled'].includes(state.status)) return state;
        wait = retryAfter;
      }
    },
  };

  files = {
    download: (url: string): Promise<ArrayBuffer> => ky(url, this._options({ headers: { Accept: 'application/pdf' } })).arrayBuffer(),
  };
}

class Resource {
  constructor(protected readonly client: Workiva, readonly path: string) {}
}

export class AuditResource extends Resource {
  procedures(id: string) {
    return new ProcedureResource(this.client, `${this.path}/procedures/${encodeURIComponent(id)}`);
  }
  get() {
    return ky.get(this.path, this.client._options()).json<{ id: string; name: string }>();
  }
}

export class ProcedureResource extends Resource {
  matrices(id: string) {
    return new MatrixResource(this.client, `${this.path}/matrices/${encodeURIComponent(id)}`);
  }
}

export class MatrixResource extends Resource {
  samples(id: string) {
    return new SampleResource(this.client, `${this.path}/samples/${encodeURIComponent(id)}`);
  }
}

async function handleOf(res: Response): Promise<OperationHandle> {
  const url = res.headers.get('Location');
  if (res.status !== 202 || !url) throw new Error(`expected 202 with Location, got ${res.status}`);
  return { url, retryAfter: Number(res.headers.get('Retry-After') ?? 1) };
}

export class SampleResource extends Resource {
  attachments(id: string) {
    return new AttachmentResource(this.client, `${this.path}/attachments/${encodeURIComponent(id)}`, id);
  }

  /** Queues an export for several attachments of this sample at once. */
  async exportAttachments(attachmentIds: string[], format: 'pdf' = 'pdf'): Promise<Map<string, OperationHandle>> {
    const entries = await Promise.all(
      attachmentIds.map(async (id) => {
        const res = await ky(`${this.path}/attachments/${encodeURIComponent(id)}/export`, this.client._options({ method: 'post', json: { format } })); // blind-corpus: site=fluent-sdk-2
        return [id, await handleOf(res)] as const;
      }),
    );
    return new Map(entries);
  }
}

export class AttachmentResource extends Resource {
  constructor(client: Workiva, path: string, readonly id: string) {
    super(client, path);
  }

  async export(body: { format: 'pdf' } = { format: 'pdf' }): Promise<OperationHandle> {
    const res = await ky.post(this.path + '/export', this.client._options({ json: body })); // blind-corpus: site=fluent-sdk-1
    return handleOf(res);
  }
}
