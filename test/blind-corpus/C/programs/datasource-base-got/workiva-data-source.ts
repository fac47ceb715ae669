import { RESTDataSource, type RequestContext } from './rest-data-source.js';

export interface AttachmentArgs {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface ExportOperation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

export class WorkivaDataSource extends RESTDataSource {
  baseURL = process.env['WORKIVA_API_URL'] ?? '';

  constructor(context: RequestContext) {
    super(context);
  }

  protected override willSendRequest(_path: string, request: { headers: Record<string, string> }): void {
    request.headers['authorization'] = `Bearer ${this.context.userToken}`;
  }

  async getAudit(auditId: string) {
    return (await this.get<{ id: string; name: string; status: string }>(`/prototype/platform/audits/${auditId}`)).body;
  }

  async exportSampleAttachment({ auditId, procedureId, matrixId, sampleId, attachmentId }: AttachmentArgs) {
    const res = await this.post<unknown>( // blind-corpus: site=datasource-got-1
      `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, // blind-corpus: path=datasource-got-1
      { format: 'pdf' },
    );
    return { operationUrl: res.headers.location ?? '', retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  async operation(url: string) {
    const res = await this.get<ExportOperation>(url);
    return { op: res.body, retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  download(url: string): Promise<Buffer> {
    return this.getBuffer(url);
  }
}
