import type { IHttpClient } from './HttpClient.js';
import { RetryPolicy } from './RetryPolicy.js';
import { Routes, type SampleAttachmentKey } from './Routes.js';

export class ExportRequest {
  constructor(public readonly format: 'pdf' = 'pdf') {}
}

export class OperationResult {
  constructor(
    public readonly id: string,
    public readonly status: string,
    public readonly resourceUrl: string | null,
    public readonly retryAfterSeconds: number,
  ) {}

  get isFinished(): boolean {
    return ['completed', 'failed', 'cancelled'].includes(this.status);
  }
}

export class WorkivaExportFacade {
  private readonly policy = new RetryPolicy(4);

  constructor(private readonly http: IHttpClient) {}

  public async exportSampleAttachment(key: SampleAttachmentKey): Promise<ArrayBuffer> {
    const accepted = await this.policy.execute(() => this.http.postJson(Routes.sampleAttachmentExport(key), new ExportRequest(), { 'X-Version': '2022-01-01' })); // blind-corpus: site=facade-nf-1
    const operationUrl = accepted.headers.get('location');
    if (!operationUrl) throw new Error('Workiva did not return an operation location');
    let result = new OperationResult('', 'acknowledged', null, Number(accepted.headers.get('retry-after') ?? 1));
    while (!result.isFinished) {
      await new Promise((r) => setTimeout(r, result.retryAfterSeconds * 1000));
      result = await this.policy.execute(() => this.readOperation(operationUrl));
    }
    if (result.status !== 'completed' || !result.resourceUrl) throw new Error(`Export ${result.id} ${result.status}`);
    const file = await this.policy.execute(() => this.http.getAbsolute(result.resourceUrl!, 'application/pdf'));
    return file.arrayBuffer();
  }

  private async readOperation(url: string): Promise<OperationResult> {
    const res = await this.http.getAbsolute(url);
    const json = (await res.json()) as { id: string; status: string; resourceUrl?: string | null; resourceURL?: string | null };
    return new OperationResult(json.id, json.status, json.resourceUrl ?? json.resourceURL ?? null, Number(res.headers.get('retry-after') ?? 1));
  }
}
