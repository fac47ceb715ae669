import http from 'node:http';
import https from 'node:https';

export interface TransportRequest {
  method: 'GET' | 'POST';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
}

export interface TransportResponse {
  statusCode: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface IHttpTransport {
  execute(request: TransportRequest): Promise<TransportResponse>;
}

export class NodeHttpTransport implements IHttpTransport {
  private readonly agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  execute(request: TransportRequest): Promise<TransportResponse> {
    const secure = request.url.protocol === 'https:';
    const lib = secure ? https : http;
    return new Promise((resolve, reject) => {
      const req = lib.request(
        request.url,
        {
          method: request.method,
          headers: { ...request.headers, ...(request.body ? { 'Content-Length': Buffer.byteLength(request.body).toString() } : {}) },
          agent: secure ? this.agents.https : this.agents.http,
          timeout: 29_000,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`timeout ${request.method} ${request.url}`)));
      req.on('error', reject);
      if (request.body) req.write(request.body);
      req.end();
    });
  }

  dispose(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}
