export interface IHttpClient {
  get<T>(url: string, options?: { binary?: boolean }): Promise<HttpResult<T>>;
  post<T>(url: string, body: unknown): Promise<HttpResult<T>>;
}

export interface HttpResult<T> {
  status: number;
  headers: Record<string, string | undefined>;
  data: T;
}

export interface ISampleAttachmentRepository {
  requestPdfExport(key: SampleAttachmentKey): Promise<ExportTicketDto>;
  getOperation(location: string): Promise<{ operation: OperationDto; retryAfterSeconds: number }>;
  downloadResource(resourceUrl: string): Promise<ArrayBuffer>;
}

export interface IAttachmentExportService {
  exportToPdf(key: SampleAttachmentKey): Promise<ArrayBuffer>;
}

export interface IClock {
  delay(seconds: number): Promise<void>;
}

export interface ILogger {
  info(message: string): void;
  warn(message: string): void;
}

export class SampleAttachmentKey {
  constructor(
    public readonly auditId: string,
    public readonly procedureId: string,
    public readonly matrixId: string,
    public readonly sampleId: string,
    public readonly attachmentId: string,
  ) {}

  toString(): string {
    return `${this.auditId}/${this.procedureId}/${this.matrixId}/${this.sampleId}/${this.attachmentId}`;
  }
}

export class ExportRequestDto {
  public format: 'pdf' = 'pdf';
}

export class ExportTicketDto {
  constructor(public readonly location: string, public readonly retryAfterSeconds: number) {}
}

export class OperationDto {
  id = '';
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed' = 'acknowledged';
  resourceUrl: string | null = null;
  originalRequest: string | null = null;
  details: { code: string; message: string }[] | null = null;

  static from(json: Partial<OperationDto> & { resourceURL?: string }): OperationDto {
    const dto = Object.assign(new OperationDto(), json);
    dto.resourceUrl = json.resourceUrl ?? json.resourceURL ?? null;
    return dto;
  }

  get isTerminal(): boolean {
    return this.status === 'completed' || this.status === 'failed' || this.status === 'cancelled';
  }
}

export class ExportFailedException extends Error {
  constructor(public readonly operation: OperationDto) {
    super(`Export operation ${operation.id} finished with status ${operation.status}`);
    this.name = 'ExportFailedException';
  }
}
