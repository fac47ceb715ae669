import ky, { HTTPError, type KyInstance } from 'ky';
import { ClientCredentialsTokenProvider } from './token-provider.js';

type Status = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
interface Operation {
  id: string;
  status: Status;
  resourceUrl?: string;
  resourceURL?: string;
}

class AttachmentExportClient {
  private readonly api: KyInstance;
  private readonly absolute: KyInstance;

  constructor(baseUrl: string, tokens: ClientCredentialsTokenProvider) {
    const auth = async (request: Request) => {
      request.headers.set('Authorization', `Bearer ${await tokens.getToken()}`);
    };
    this.absolute = ky.create({ retry: { limit: 2, statusCodes: [429, 503] }, hooks: { beforeRequest: [auth] }, timeout: 30_000 });
    this.api = this.absolute.extend({ prefixUrl: `${baseUrl.replace(/\/$/, '')}/prototype/platform`, headers: { 'X-Version': '2022-01-01' } });
  }

  async start(ids: Record<'auditId' | 'procedureId' | 'matrixId' | 'sampleId' | 'attachmentId', string>): Promise<{ location: string; retryAfter: number }> {
    const path = `audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=ky-oauth-1
    try {
      const res = await this.api.post(path, { json: { format: 'pdf' } }); // blind-corpus: site=ky-oauth-1
      return { location: res.headers.get('location') ?? '', retryAfter: Number(res.headers.get('retry-after') ?? 1) };
    } catch (e) {
      if (e instanceof HTTPError) {
        const problem = (await e.response.json().catch(() => ({}))) as { code?: string; message?: string };
        throw new Error(`export rejected (${e.response.status} ${problem.code ?? ''}): ${problem.message ?? e.message}`);
      }
      throw e;
    }
  }

  async check(location: string): Promise<[Operation, number]> {
    const res = await this.absolute.get(location);
    return [await res.json<Operation>(), Number(res.headers.get('retry-after') ?? 1)];
  }

  async fetchBytes(url: string): Promise<ArrayBuffer> {
    return this.absolute.get(url, { headers: { Accept: 'application/pdf' } }).arrayBuffer();
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const client = new AttachmentExportClient(env.baseUrl, ClientCredentialsTokenProvider.fromEnvironment());
  const { location, retryAfter } = await client.start(env.ids);
  let pause = retryAfter;
  for (;;) {
    await new Promise((r) => setTimeout(r, Math.ceil(pause * 1000) + 30));
    const [op, next] = await client.check(location);
    if (op.status === 'completed') return client.fetchBytes((op.resourceUrl ?? op.resourceURL)!);
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
    pause = next;
  }
}
