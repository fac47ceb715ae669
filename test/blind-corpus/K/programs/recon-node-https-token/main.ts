import { setTimeout as sleep } from 'node:timers/promises';
import { TokenSource, send } from './token.js';

interface Settings {
  apiUrl: URL;
  clientId: string;
  clientSecret: string;
}

function loadSettings(): Settings {
  const missing = ['WORKIVA_API_URL', 'WORKIVA_CLIENT_ID', 'WORKIVA_CLIENT_SECRET'].filter((k) => !process.env[k]);
  if (missing.length) throw new Error(`missing environment: ${missing.join(', ')}`);
  return { apiUrl: new URL(process.env['WORKIVA_API_URL']!), clientId: process.env['WORKIVA_CLIENT_ID']!, clientSecret: process.env['WORKIVA_CLIENT_SECRET']! };
}

class ReconciliationRun {
  private readonly tokens: TokenSource;

  constructor(private readonly settings: Settings, private readonly runId = new Date().toISOString().slice(0, 10)) {
    this.tokens = new TokenSource(settings.apiUrl.href, settings.clientId, settings.clientSecret);
  }

  private async authed(extra: Record<string, string | number> = {}) {
    return { authorization: `Bearer ${await this.tokens.get()}`, accept: 'application/json', ...extra };
  }

  async exportAttachment(audit: string, procedure: string, matrix: string, sample: string, attachment: string): Promise<Buffer> {
    const body = JSON.stringify({ format: 'pdf' });
    const target = new URL(`/prototype/platform/audits/${audit}/procedures/${procedure}/matrices/${matrix}/samples/${sample}/attachments/${attachment}/export`, this.settings.apiUrl); // blind-corpus: path=recon-https-1
    const started = await send(target, { method: 'POST', headers: await this.authed({ 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }) }, body); // blind-corpus: site=recon-https-1
    if (started.status !== 202) throw new Error(`[${this.runId}] export not accepted (${started.status}): ${started.body.toString()}`);

    const operation = new URL(String(started.headers.location));
    if (operation.origin !== this.settings.apiUrl.origin) throw new Error(`unexpected operation host ${operation.host}`);
    let retryAfter = Number(started.headers['retry-after'] ?? 1);

    for (;;) {
      await sleep(retryAfter * 1000);
      const poll = await send(operation, { method: 'GET', headers: await this.authed() });
      retryAfter = Number(poll.headers['retry-after'] ?? 1);
      if (poll.status === 429) continue;
      const op = JSON.parse(poll.body.toString()) as { status: string; resourceUrl?: string; resourceURL?: string };
      if (op.status === 'completed') {
        const file = await send(new URL((op.resourceUrl ?? op.resourceURL)!), { method: 'GET', headers: await this.authed({ accept: 'application/pdf' }) });
        if (file.status !== 200) throw new Error(`download failed with ${file.status}`);
        return file.body;
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`[${this.runId}] export ${op.status}`);
    }
  }
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Buffer> {
  const job = new ReconciliationRun(loadSettings());
  const i = env.ids;
  return job.exportAttachment(i.auditId, i.procedureId, i.matrixId, i.sampleId, i.attachmentId);
}
