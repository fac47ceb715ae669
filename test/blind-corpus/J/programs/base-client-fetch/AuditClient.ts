import { ApiClientBase, type ApiResponse } from './ApiClientBase.js';

export interface SampleAttachmentIdentifier {
  AuditId: string;
  ProcedureId: string;
  MatrixId: string;
  SampleId: string;
  AttachmentId: string;
}

export interface AuditDto {
  id: string;
  name: string;
}

export interface OperationDto {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

export class AuditClient extends ApiClientBase {
  constructor(baseUrl: string, accessToken: string) {
    super(baseUrl, accessToken);
  }

  private exportPath(id: SampleAttachmentIdentifier): string {
    return `/prototype/platform/audits/${id.AuditId}/procedures/${id.ProcedureId}/matrices/${id.MatrixId}/samples/${id.SampleId}/attachments/${id.AttachmentId}/export`; // blind-corpus: path=bc-fetch-1,bc-fetch-2
  }

  public async GetAuditAsync(auditId: string): Promise<AuditDto> {
    return (await this.send<AuditDto>('GET', `/prototype/platform/audits/${auditId}`)).body;
  }

  public async StartAttachmentExportAsync(id: SampleAttachmentIdentifier): Promise<ApiResponse<void>> {
    return this.send<void>('POST', this.exportPath(id), { format: 'pdf' }); // blind-corpus: site=bc-fetch-1
  }

  public async StartAttachmentExportsAsync(ids: SampleAttachmentIdentifier[]): Promise<string[]> {
    const locations: string[] = [];
    for (const id of ids) {
      const response = await this.send<void>('POST', this.exportPath(id), { format: 'pdf' }); // blind-corpus: site=bc-fetch-2
      locations.push(response.headers.get('Location') ?? '');
    }
    return locations;
  }

  public async GetOperationAsync(location: string): Promise<ApiResponse<OperationDto>> {
    return this.send<OperationDto>('GET', location);
  }

  public async DownloadAsync(resourceUrl: string): Promise<ArrayBuffer> {
    return (await this.send<ArrayBuffer>('GET', resourceUrl)).body;
  }
}
