import type { IHttpTransport, TransportResponse } from './transport.js';

export interface ICommand<TResult> {
  readonly __result?: TResult;
}

export class ExportSampleAttachmentCommand implements ICommand<Buffer> {
  declare readonly __result?: Buffer;
  constructor(
    public readonly auditId: string,
    public readonly procedureId: string,
    public readonly matrixId: string,
    public readonly sampleId: string,
    public readonly attachmentId: string,
  ) {}
}

export interface ICommandHandler<TCommand extends ICommand<TResult>, TResult> {
  handle(command: TCommand): Promise<TResult>;
}

export interface WorkivaOptions {
  apiUrl: string;
  bearerToken: string;
  apiVersion: string;
}

class WorkivaHttpError extends Error {
  constructor(res: TransportResponse, context: string) {
    let detail = '';
    try {
      const parsed = JSON.parse(res.body.toString('utf8')) as { code?: string; message?: string };
      detail = `${parsed.code ?? ''} ${parsed.message ?? ''}`.trim();
    } catch {
      detail = res.body.toString('utf8').slice(0, 200);
    }
    super(`${context} failed with ${res.statusCode}: ${detail}`);
  }
}

export class ExportSampleAttachmentHandler implements ICommandHandler<ExportSampleAttachmentCommand, Buffer> {
  constructor(private readonly transport: IHttpTransport, private readonly options: WorkivaOptions) {}

  private headers(json: boolean): Record<string, string> {
    const h: Record<string, string> = { Authorization: `Bearer ${this.options.bearerToken}`, 'X-Version': this.options.apiVersion };
    if (json) {
      h['Content-Type'] = 'application/json';
      h['Accept'] = 'application/json';
    }
    return h;
  }

  async handle(cmd: ExportSampleAttachmentCommand): Promise<Buffer> {
    const url = new URL(this.options.apiUrl);
    url.pathname = [
      '', 'prototype', 'platform', 'audits', cmd.auditId, 'procedures', cmd.procedureId, // blind-corpus: path=cmd-http-1
      'matrices', cmd.matrixId, 'samples', cmd.sampleId, 'attachments', cmd.attachmentId, 'export',
    ].join('/');
    const started = await this.transport.execute({ method: 'POST', url, headers: this.headers(true), body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=cmd-http-1
    if (started.statusCode !== 202) throw new WorkivaHttpError(started, 'start export');

    const operationUrl = new URL(String(started.headers.location), url);
    let waitSeconds = Number(started.headers['retry-after'] ?? 1);
    for (;;) {
      await new Promise((r) => setTimeout(r, waitSeconds * 1000));
      const polled = await this.transport.execute({ method: 'GET', url: operationUrl, headers: this.headers(true) });
      if (polled.statusCode === 429) {
        waitSeconds = Number(polled.headers['retry-after'] ?? waitSeconds * 2);
        continue;
      }
      if (polled.statusCode !== 200) throw new WorkivaHttpError(polled, 'poll export');
      const op = JSON.parse(polled.body.toString('utf8')) as { id: string; status: string; resourceUrl?: string; resourceURL?: string };
      if (op.status === 'completed') {
        const resource = op.resourceUrl ?? op.resourceURL;
        if (!resource) throw new Error(`operation ${op.id} has no resourceUrl`);
        const file = await this.transport.execute({ method: 'GET', url: new URL(resource, url), headers: this.headers(false) });
        if (file.statusCode !== 200) throw new WorkivaHttpError(file, 'download export');
        return file.body;
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export operation ${op.id} ${op.status}`);
      waitSeconds = Number(polled.headers['retry-after'] ?? waitSeconds);
    }
  }
}
