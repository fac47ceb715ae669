// @acme-platform/workiva-legacy-sdk — CommonJS build target for the older services that still `require()` it.
import https = require('node:https');
import http = require('node:http');

export interface SampleAttachmentId {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface SdkOptions {
  endpoint: string;
  token: string;
  apiVersion?: string;
}

export interface RawResponse {
  statusCode: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export type Callback<T> = (err: Error | null, result?: T) => void;

function samplePath(id: SampleAttachmentId): string {
  return `/prototype/platform/audits/${id.auditId}/procedures/${id.procedureId}/matrices/${id.matrixId}/samples/${id.sampleId}`;
}

export class LegacyWorkivaClient {
  constructor(private readonly options: SdkOptions) {}

  request(method: string, pathOrUrl: string, payload?: unknown, accept = 'application/json'): Promise<RawResponse> {
    const url = new URL(pathOrUrl, this.options.endpoint);
    const transport = url.protocol === 'https:' ? https : http;
    const body = payload === undefined ? undefined : Buffer.from(JSON.stringify(payload));
    const headers: http.OutgoingHttpHeaders = {
      Authorization: `Bearer ${this.options.token}`,
      Accept: accept,
      ...(this.options.apiVersion ? { 'X-Version': this.options.apiVersion } : {}),
      ...(body ? { 'Content-Type': 'application/json', 'Content-Length': body.length } : {}),
    };
    return new Promise((resolve, reject) => {
      const req = transport.request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Starts the export; resolves with the operation URL and the announced Retry-After (seconds). */
  async startAttachmentExport(id: SampleAttachmentId): Promise<{ operationUrl: string; retryAfter: number }> {
    const res = await this.request('POST', `${samplePath(id)}/attachments/${id.attachmentId}/export`, { format: 'pdf' }); // blind-corpus: site=sdk-cts-1
    if (res.statusCode !== 202) throw new Error(`startAttachmentExport: HTTP ${res.statusCode} ${res.body.toString()}`);
    return { operationUrl: String(res.headers.location), retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  /** @deprecated callback API kept for services on the 1.x contract */
  startAttachmentExportCb(id: SampleAttachmentId, cb: Callback<string>): void {
    this.request('POST', samplePath(id) + '/attachments/' + id.attachmentId + '/export', { format: 'pdf' }) // blind-corpus: site=sdk-cts-2
      .then((res) => (res.statusCode === 202 ? cb(null, String(res.headers.location)) : cb(new Error(`HTTP ${res.statusCode}`))))
      .catch((err: Error) => cb(err));
  }

  async getOperation(operationUrl: string): Promise<{ op: { id: string; status: string; resourceUrl?: string; resourceURL?: string }; retryAfter: number }> {
    const res = await this.request('GET', operationUrl);
    if (res.statusCode !== 200) throw new Error(`getOperation: HTTP ${res.statusCode}`);
    return { op: JSON.parse(res.body.toString('utf8')), retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }

  async download(resourceUrl: string): Promise<Buffer> {
    const res = await this.request('GET', resourceUrl, undefined, 'application/pdf');
    if (res.statusCode !== 200) throw new Error(`download: HTTP ${res.statusCode}`);
    return res.body;
  }
}
