import axios, { type AxiosInstance, type AxiosResponse, isAxiosError } from 'axios';

export interface SampleAttachmentDto {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface GatewayConfig {
  apiRoot: string;
  bearer: () => string;
  apiVersion?: string;
}

export class GatewayError extends Error {
  constructor(message: string, readonly status?: number, readonly code?: string) {
    super(message);
  }
}

/** Shared plumbing for everything under /prototype/platform. */
export abstract class WorkivaGateway {
  protected readonly http: AxiosInstance;

  protected constructor(protected readonly config: GatewayConfig) {
    this.http = axios.create({ baseURL: config.apiRoot, timeout: 20_000 });
    this.http.interceptors.request.use((req) => {
      req.headers.set('Authorization', `Bearer ${config.bearer()}`);
      req.headers.set('Accept', 'application/json');
      if (config.apiVersion) req.headers.set('X-Version', config.apiVersion);
      return req;
    });
  }

  protected static samplePath(dto: SampleAttachmentDto): string {
    return ['/prototype/platform/audits', dto.auditId, 'procedures', dto.procedureId, 'matrices', dto.matrixId, 'samples', dto.sampleId].join('/');
  }

  protected static attachmentExportPath(dto: SampleAttachmentDto): string {
    return `${WorkivaGateway.samplePath(dto)}/attachments/${dto.attachmentId}/export`; // blind-corpus: path=gateway-subclass-1
  }

  protected async send<T>(method: 'GET' | 'POST', url: string, data?: unknown): Promise<AxiosResponse<T>> {
    try {
      return await this.http.request<T>({ method, url, data });
    } catch (err) {
      if (isAxiosError<{ code?: string; message?: string }>(err) && err.response) {
        throw new GatewayError(err.response.data?.message ?? err.message, err.response.status, err.response.data?.code);
      }
      throw err;
    }
  }
}
