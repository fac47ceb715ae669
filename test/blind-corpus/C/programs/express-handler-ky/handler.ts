import ky, { HTTPError } from 'ky';
import { EventEmitter, once } from 'node:events';

/** The slice of Express' req/res this handler uses. */
export interface Req {
  params: Record<string, string>;
  headers: Record<string, string | undefined>;
  app: { locals: { workivaApiUrl: string } };
}
export interface Res {
  status(code: number): Res;
  type(mime: string): Res;
  send(body: Buffer | string): void;
  json(body: unknown): void;
}

class OperationWatcher extends EventEmitter {
  constructor(private readonly url: string, private readonly token: string) {
    super();
  }

  start(firstDelaySeconds: number): this {
    this.schedule(firstDelaySeconds);
    return this;
  }

  private schedule(seconds: number): void {
    setTimeout(() => void this.check(), seconds * 1000 + 25);
  }

  private async check(): Promise<void> {
    try {
      const res = await ky.get(this.url, { headers: { authorization: `Bearer ${this.token}` }, retry: 0 });
      const op = await res.json<{ status: string; resourceUrl?: string; resourceURL?: string }>();
      if (op.status === 'completed') this.emit('done', op.resourceUrl ?? op.resourceURL);
      else if (op.status === 'failed' || op.status === 'cancelled') this.emit('error', new Error(`export ${op.status}`));
      else this.schedule(Number(res.headers.get('retry-after') ?? 1));
    } catch (err) {
      this.emit('error', err);
    }
  }
}

/** GET /evidence/:auditId/:procedureId/:matrixId/:sampleId/:attachmentId.pdf */
export async function exportEvidencePdf(req: Req, res: Res): Promise<void> {
  const token = (req.headers['authorization'] ?? '').replace(/^Bearer\s+/i, '');
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = req.params;
  const apiUrl = req.app.locals.workivaApiUrl;
  try {
    const accepted = await ky.post(`${apiUrl}/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { // blind-corpus: site=express-ky-1
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      json: { format: 'pdf' },
      retry: 0,
    });
    const watcher = new OperationWatcher(accepted.headers.get('location') ?? '', token).start(Number(accepted.headers.get('retry-after') ?? 1));
    const [resourceUrl] = (await once(watcher, 'done')) as [string];
    const pdf = await ky.get(resourceUrl, { headers: { authorization: `Bearer ${token}` } }).arrayBuffer();
    res.status(200).type('application/pdf').send(Buffer.from(pdf));
  } catch (err) {
    if (err instanceof HTTPError) {
      res.status(err.response.status === 404 ? 404 : 502).json({ error: 'workiva_export_failed', upstreamStatus: err.response.status });
      return;
    }
    res.status(500).json({ error: String(err) });
  }
}
