/**
 * Workiva Platform API (prototype)
 * Generated client — do not edit by hand. Regenerate from the OpenAPI description instead.
 *
 * OpenAPI spec version: 2022-01-01
 */

export interface Configuration {
  basePath: string;
  accessToken?: string | (() => string | Promise<string>);
  fetchApi?: typeof fetch;
  headers?: Record<string, string>;
}

export class ResponseError extends Error {
  override name = 'ResponseError' as const;
  constructor(public response: Response, msg?: string) {
    super(msg);
  }
}

export interface ExportRequestBody {
  format: 'pdf';
}

export interface ExportSampleAttachmentRequest {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  exportRequestBody: ExportRequestBody;
  xVersion?: string;
}

export interface GetSampleRequest {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

export interface ApiResponse<T> {
  raw: Response;
  value(): Promise<T>;
}

interface RequestOpts {
  path: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers: Record<string, string>;
  body?: unknown;
}

class BaseAPI {
  constructor(protected configuration: Configuration) {}

  protected async request(context: RequestOpts): Promise<Response> {
    const fetchApi = this.configuration.fetchApi ?? fetch;
    const headers: Record<string, string> = { ...this.configuration.headers, ...context.headers };
    const token = this.configuration.accessToken;
    if (token !== undefined) {
      const value = typeof token === 'function' ? await token() : token;
      headers['Authorization'] = `Bearer ${value}`;
    }
    const response = await fetchApi(this.configuration.basePath + context.path, {
      method: context.method,
      headers,
      body: context.body === undefined ? undefined : JSON.stringify(context.body),
    });
    if (response.status >= 200 && response.status < 300) {
      return response;
    }
    throw new ResponseError(response, 'Response returned an error code');
  }
}

export class SamplesApi extends BaseAPI {
  /**
   * Export a sample attachment
   * @deprecated
   */
  async exportSampleAttachmentRaw(requestParameters: ExportSampleAttachmentRequest): Promise<ApiResponse<void>> {
    const headerParameters: Record<string, string> = {};
    headerParameters['Content-Type'] = 'application/json';
    headerParameters['Accept'] = 'application/json';
    if (requestParameters.xVersion != null) {
      headerParameters['X-Version'] = String(requestParameters.xVersion);
    }
    const localVarPath = `/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export` // blind-corpus: path=generated-sdk-1
      .replace(`{${'auditId'}}`, encodeURIComponent(String(requestParameters.auditId)))
      .replace(`{${'procedureId'}}`, encodeURIComponent(String(requestParameters.procedureId)))
      .replace(`{${'matrixId'}}`, encodeURIComponent(String(requestParameters.matrixId)))
      .replace(`{${'sampleId'}}`, encodeURIComponent(String(requestParameters.sampleId)))
      .replace(`{${'attachmentId'}}`, encodeURIComponent(String(requestParameters.attachmentId)));
    const response = await this.request({ path: localVarPath, method: 'POST', headers: headerParameters, body: requestParameters.exportRequestBody }); // blind-corpus: site=generated-sdk-1
    return { raw: response, value: async () => undefined };
  }

  async exportSampleAttachment(requestParameters: ExportSampleAttachmentRequest): Promise<void> {
    await this.exportSampleAttachmentRaw(requestParameters);
  }

  /**
   * Retrieve a sample
   */
  async getSampleRaw(requestParameters: GetSampleRequest): Promise<ApiResponse<Record<string, unknown>>> {
    const localVarPath = `/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}`
      .replace(`{${'auditId'}}`, encodeURIComponent(String(requestParameters.auditId)))
      .replace(`{${'procedureId'}}`, encodeURIComponent(String(requestParameters.procedureId)))
      .replace(`{${'matrixId'}}`, encodeURIComponent(String(requestParameters.matrixId)))
      .replace(`{${'sampleId'}}`, encodeURIComponent(String(requestParameters.sampleId)));
    const response = await this.request({ path: localVarPath, method: 'GET', headers: { Accept: 'application/json' } });
    return { raw: response, value: () => response.json() as Promise<Record<string, unknown>> };
  }
}
