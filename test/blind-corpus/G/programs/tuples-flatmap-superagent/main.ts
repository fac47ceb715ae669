import superagent from 'superagent';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface OperationResponse {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
  details?: { message?: string };
}

type Pair = [collection: string, id: string];

interface ExportJob {
  pairs: Pair[];
  action: string;
  format: 'pdf';
}

function jobFor(ids: Ids): ExportJob {
  return {
    pairs: [
      ['audits', ids.auditId],
      ['procedures', ids.procedureId],
      ['matrices', ids.matrixId],
      ['samples', ids.sampleId],
      ['attachments', ids.attachmentId],
    ],
    action: 'export', // blind-corpus: path=superagent-flatmap-1,superagent-flatmap-2
    format: 'pdf',
  };
}

function apiBase(fallback: string): string {
  const configured = process.env['WORKIVA_API_URL']?.trim();
  return `${configured || fallback}/prototype/platform/`.replace(/([^:]\/)\/+/g, '$1');
}

function targetUrl(base: string, job: ExportJob): URL {
  const segments = job.pairs.flatMap(([collection, id]) => [collection, encodeURIComponent(id)]);
  return new URL([...segments, job.action].join('/'), base);
}

class OperationFailed extends Error {}

export class SuperagentExporter {
  constructor(private readonly base: string, private readonly token: string) {}

  async submit(job: ExportJob): Promise<superagent.Response> {
    const url = targetUrl(this.base, job);
    try {
      return await superagent.post(url.href).set('Authorization', `Bearer ${this.token}`).set('Accept', 'application/json').send({ format: job.format }); // blind-corpus: site=superagent-flatmap-1
    } catch (err) {
      const response = (err as { response?: superagent.Response }).response;
      if (response && (response.status === 429 || response.status === 503)) {
        const retryAfter = Number(response.headers['retry-after'] ?? 2);
        await new Promise((r) => setTimeout(r, retryAfter * 1000));
        return superagent
          .post(targetUrl(this.base, job).href) // blind-corpus: site=superagent-flatmap-2
          .set('Authorization', `Bearer ${this.token}`)
          .send({ format: job.format });
      }
      throw err;
    }
  }

  async poll(location: string, seconds: number): Promise<OperationResponse> {
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const res = await superagent.get(location).set('Authorization', `Bearer ${this.token}`).ok((r) => r.status < 500);
    const retryAfter = Number(res.headers['retry-after'] ?? seconds);
    if (res.status === 429) return this.poll(location, retryAfter);
    const body = res.body as OperationResponse;
    if (body.status === 'failed' || body.status === 'cancelled') throw new OperationFailed(body.details?.message ?? body.status);
    return body.status === 'completed' ? body : this.poll(location, retryAfter);
  }

  async download(url: string): Promise<Buffer> {
    const res = await superagent
      .get(url)
      .set('Authorization', `Bearer ${this.token}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    return res.body as Buffer;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const exporter = new SuperagentExporter(apiBase(env.baseUrl), env.token);
  const accepted = await exporter.submit(jobFor(env.ids));
  if (accepted.status !== 202) throw new Error(`unexpected ${accepted.status}`);
  const op = await exporter.poll(String(accepted.headers['location']), Number(accepted.headers['retry-after'] ?? 1));
  const url = op.resourceUrl ?? op.resourceURL;
  if (!url) throw new Error('no resource url');
  return new Uint8Array(await exporter.download(url));
}
