import axios, { type AxiosInstance } from 'axios';
import {
  ExportRequestDto,
  ExportTicketDto,
  OperationDto,
  type HttpResult,
  type IClock,
  type IHttpClient,
  type ILogger,
  type ISampleAttachmentRepository,
  type SampleAttachmentKey,
} from './contracts.js';

export class AxiosHttpClient implements IHttpClient {
  private readonly axios: AxiosInstance;

  constructor(baseUrl: string, tokenProvider: () => string) {
    this.axios = axios.create({ baseURL: baseUrl, validateStatus: (s) => s < 400 });
    this.axios.interceptors.request.use((config) => {
      config.headers.set('Authorization', `Bearer ${tokenProvider()}`);
      return config;
    });
  }

  async get<T>(url: string, options?: { binary?: boolean }): Promise<HttpResult<T>> {
    const res = await this.axios.get<T>(url, { responseType: options?.binary ? 'arraybuffer' : 'json' });
    return { status: res.status, headers: res.headers as Record<string, string | undefined>, data: res.data };
  }

  async post<T>(url: string, body: unknown): Promise<HttpResult<T>> {
    const res = await this.axios.post<T>(url, body, { headers: { 'Content-Type': 'application/json', Accept: 'application/json' } });
    return { status: res.status, headers: res.headers as Record<string, string | undefined>, data: res.data };
  }
}

export class SampleAttachmentRepository implements ISampleAttachmentRepository {
  private static readonly AuditsRoot = '/prototype/platform/audits';

  constructor(private readonly http: IHttpClient, private readonly logger: ILogger) {}

  async requestPdfExport(key: SampleAttachmentKey): Promise<ExportTicketDto> {
    const resource = `${SampleAttachmentRepository.AuditsRoot}/${key.auditId}/procedures/${key.procedureId}/matrices/${key.matrixId}/samples/${key.sampleId}/attachments/${key.attachmentId}/export`; // blind-corpus: path=repo-axios-1
    const response = await this.http.post<void>(resource, new ExportRequestDto()); // blind-corpus: site=repo-axios-1
    const location = response.headers['location'];
    if (response.status !== 202 || !location) {
      throw new Error(`Unexpected response ${response.status} for export of ${key}`);
    }
    this.logger.info(`Export of ${key} accepted`);
    return new ExportTicketDto(location, Number(response.headers['retry-after'] ?? 5));
  }

  async getOperation(location: string): Promise<{ operation: OperationDto; retryAfterSeconds: number }> {
    const response = await this.http.get<Partial<OperationDto>>(location);
    return { operation: OperationDto.from(response.data), retryAfterSeconds: Number(response.headers['retry-after'] ?? 5) };
  }

  async downloadResource(resourceUrl: string): Promise<ArrayBuffer> {
    return (await this.http.get<ArrayBuffer>(resourceUrl, { binary: true })).data;
  }
}

export class SystemClock implements IClock {
  delay(seconds: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

export class NullLogger implements ILogger {
  info(): void {}
  warn(message: string): void {
    process.emitWarning(message);
  }
}
