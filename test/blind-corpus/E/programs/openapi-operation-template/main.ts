import { request } from 'undici';
import { operations, expandPath } from './operations.js';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationResource {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

interface AuditSummary {
  id?: string;
  name?: string;
}

class PlatformClient {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  private auth(): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, accept: 'application/json' };
  }

  async describeAudit(auditId: string): Promise<AuditSummary | undefined> {
    const { method, path } = operations.getAudit;
    const res = await request(new URL(expandPath(path, { auditId }), this.baseUrl), { method, headers: this.auth() });
    if (res.statusCode !== 200) {
      await res.body.dump();
      return undefined;
    }
    return (await res.body.json()) as AuditSummary;
  }

  async exportAttachment(ids: Ids): Promise<{ location: string; retryAfter: number }> {
    const op = operations.exportSampleAttachment;
    const url = new URL(expandPath(op.path, { ...ids }), this.baseUrl);
    const res = await request(url, { // blind-corpus: site=openapi-undici-1
      method: op.method,
      headers: { ...this.auth(), 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'pdf' }),
    });
    if (res.statusCode !== 202) {
      const err = (await res.body.json().catch(() => ({}))) as { message?: string };
      throw new Error(`export rejected (${res.statusCode}): ${err.message ?? 'unknown error'}`);
    }
    await res.body.dump();
    const location = res.headers['location'];
    if (typeof location !== 'string') throw new Error('no Location on 202');
    return { location, retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  async operation(location: string): Promise<{ op: OperationResource; retryAfter: number }> {
    const res = await request(location, { headers: this.auth() });
    if (res.statusCode !== 200) throw new Error(`poll failed: ${res.statusCode}`);
    const op = (await res.body.json()) as OperationResource;
    return { op, retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  async download(url: string): Promise<Uint8Array> {
    const res = await request(url, { headers: { authorization: `Bearer ${this.token}` } });
    if (res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`);
    return new Uint8Array(await res.body.arrayBuffer());
  }
}

function after(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const client = new PlatformClient(env.baseUrl, env.token);
  const audit = await client.describeAudit(env.ids.auditId);
  console.debug(`exporting attachment for audit ${audit?.name ?? env.ids.auditId}`);
  const started = await client.exportAttachment(env.ids);
  let delay = started.retryAfter;
  while (true) {
    await after(delay);
    const { op, retryAfter } = await client.operation(started.location);
    if (op.status === 'completed') return client.download(op.resourceUrl ?? op.resourceURL ?? '');
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    delay = retryAfter;
  }
}
