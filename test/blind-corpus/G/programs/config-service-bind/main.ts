import { ConfigService, type WorkivaSettings } from './config.js';
import { curried, http, type HttpContext, type HttpReply } from './http.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
}

async function obtainToken(settings: WorkivaSettings): Promise<string> {
  if (settings.clientId && settings.clientSecret) {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: settings.clientId, client_secret: settings.clientSecret });
    const res = await fetch(`${settings.apiRoot}/iam/v1/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    if (!res.ok) throw new Error(`token request failed: ${res.status}`);
    return ((await res.json()) as TokenResponse).access_token;
  }
  if (settings.staticToken) return settings.staticToken;
  throw new Error('no Workiva credentials configured');
}

function check(reply: HttpReply, expected: number, what: string): HttpReply {
  if (reply.status === expected) return reply;
  const err = (reply.data ?? {}) as { code?: string; message?: string };
  throw new Error(`${what}: HTTP ${reply.status} ${err.code ?? ''} ${err.message ?? ''}`.trim());
}

class AttachmentPdfExporter {
  private readonly post: (path: string, body?: unknown) => Promise<HttpReply>;
  private readonly get: (path: string) => Promise<HttpReply>;

  constructor(private readonly ctx: HttpContext) {
    this.post = http.bind(undefined, ctx, 'POST');
    this.get = (path) => http(ctx, 'GET', path);
  }

  private static exportRoute(ids: Ids): string {
    const { auditId: a, procedureId: p, matrixId: m, sampleId: s, attachmentId: t } = ids;
    return `/prototype/platform/audits/${a}/procedures/${p}/matrices/${m}/samples/${s}/attachments/${t}/export`; // blind-corpus: path=bind-post-1,curried-post-1
  }

  async start(ids: Ids, viaCurried: boolean): Promise<HttpReply> {
    const route = AttachmentPdfExporter.exportRoute(ids);
    if (viaCurried) {
      return check(await curried(this.ctx)('POST')(route, { format: 'pdf' }), 202, 'export'); // blind-corpus: site=curried-post-1
    }
    return check(await this.post(route, { format: 'pdf' }), 202, 'export'); // blind-corpus: site=bind-post-1
  }

  async waitAndDownload(accepted: HttpReply): Promise<ArrayBuffer> {
    const location = accepted.headers.get('location');
    if (!location) throw new Error('no Location');
    let retryAfter = Number(accepted.headers.get('retry-after') ?? 1);
    const timer = (s: number) => new Promise<void>((r) => setTimeout(r, s * 1000));
    for (;;) {
      await timer(retryAfter);
      const reply = await this.get(location);
      retryAfter = Number(reply.headers.get('retry-after') ?? retryAfter);
      if (reply.status === 429) continue;
      const op = check(reply, 200, 'operation').data as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
      if (op.status === 'completed') {
        const file = await http(this.ctx, 'GET', op.resourceUrl ?? op.resourceURL ?? '', undefined, true);
        if (!file.raw) throw new Error(`download failed: ${file.status}`);
        return file.raw;
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
    }
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<ArrayBuffer> {
  const settings = await new ConfigService({ apiRoot: env.baseUrl, staticToken: env.token }).get();
  const token = await obtainToken(settings);
  const exporter = new AttachmentPdfExporter({ root: settings.apiRoot, token, version: settings.apiVersion });
  const accepted = await exporter.start(env.ids, process.env['HTTP_STYLE'] === 'curried');
  return exporter.waitAndDownload(accepted);
}
