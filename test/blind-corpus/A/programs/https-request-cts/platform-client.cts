import http = require('node:http');
import https = require('node:https');

interface RawResponse {
  statusCode: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function rawRequest(url: URL, options: https.RequestOptions, payload?: string): Promise<RawResponse> {
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

class PlatformClient {
  constructor(private readonly origin: string, private readonly bearer: string) {}

  exportAttachment(audit: string, procedure: string, matrix: string, sample: string, attachment: string): Promise<RawResponse> {
    const url = new URL(`/prototype/platform/audits/${audit}/procedures/${procedure}/matrices/${matrix}/samples/${sample}/attachments/${attachment}/export`, this.origin); // blind-corpus: path=https-cts-1
    const payload = JSON.stringify({ format: 'pdf' });
    return rawRequest(url, { method: 'POST', headers: { Authorization: `Bearer ${this.bearer}`, 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } }, payload); // blind-corpus: site=https-cts-1
  }

  get(absoluteUrl: string): Promise<RawResponse> {
    return rawRequest(new URL(absoluteUrl), { method: 'GET', headers: { Authorization: `Bearer ${this.bearer}` } });
  }
}

export = PlatformClient;
