import fetch, { Request, type Response } from 'node-fetch';
import { ClientCredentialsTokenCache } from './token-cache.js';

interface ExportRequestDto {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  format: 'pdf';
}

interface OperationDto {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const ExportRequestMapper = {
  fromIds(ids: Omit<ExportRequestDto, 'format'>): ExportRequestDto {
    return { ...ids, format: 'pdf' };
  },
  toRequest(apiBase: string, dto: ExportRequestDto, token: string): Request {
    const path = `prototype/platform/audits/${dto.auditId}/procedures/${dto.procedureId}/matrices/${dto.matrixId}/samples/${dto.sampleId}/attachments/${dto.attachmentId}/export`; // blind-corpus: path=request-object-1,request-object-2
    return new Request(new URL(path, apiBase.endsWith('/') ? apiBase : `${apiBase}/`).toString(), {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json', 'X-Version': '2022-01-01' },
      body: JSON.stringify({ format: dto.format }),
    });
  },
};

class ExportClient {
  constructor(private readonly apiBase: string, private readonly tokens: ClientCredentialsTokenCache) {}

  async start(dto: ExportRequestDto): Promise<Response> {
    const request = ExportRequestMapper.toRequest(this.apiBase, dto, await this.tokens.get());
    let res = await fetch(request); // blind-corpus: site=request-object-1
    if (res.status === 401) {
      this.tokens.invalidate();
      res = await fetch(ExportRequestMapper.toRequest(this.apiBase, dto, await this.tokens.get())); // blind-corpus: site=request-object-2
    }
    if (res.status !== 202) {
      const problem = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
      throw new Error(`could not start export: ${res.status} ${problem.code ?? ''} ${problem.message ?? ''}`);
    }
    return res;
  }

  async get(url: string): Promise<Response> {
    return fetch(url, { headers: { Authorization: `Bearer ${await this.tokens.get()}` } });
  }
}

function retryAfterOf(res: Response, fallback: number): number {
  const v = res.headers.get('retry-after');
  return v === null ? fallback : Number(v);
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<ArrayBuffer> {
  const apiBase = process.env['WORKIVA_API_URL'] || env.baseUrl;
  const tokens = new ClientCredentialsTokenCache(
    `${apiBase}/iam/v1/oauth2/token`,
    process.env['WORKIVA_CLIENT_ID'] ?? '',
    process.env['WORKIVA_CLIENT_SECRET'] ?? '',
  );
  const client = new ExportClient(apiBase, tokens);
  const accepted = await client.start(ExportRequestMapper.fromIds(env.ids));
  const location = accepted.headers.get('location') ?? '';

  const poll = (delaySeconds: number): Promise<OperationDto> =>
    new Promise((resolve, reject) => {
      setTimeout(async () => {
        try {
          const res = await client.get(location);
          const next = retryAfterOf(res, delaySeconds);
          if (res.status === 429) return resolve(poll(next));
          if (!res.ok) throw new Error(`poll failed ${res.status}`);
          const op = (await res.json()) as OperationDto;
          resolve(['completed', 'failed', 'cancelled'].includes(op.status) ? op : poll(next));
        } catch (err) {
          reject(err);
        }
      }, delaySeconds * 1000);
    });

  const op = await poll(retryAfterOf(accepted, 1));
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const file = await client.get(op.resourceUrl ?? op.resourceURL ?? '');
  if (!file.ok) throw new Error(`download failed ${file.status}`);
  return file.arrayBuffer();
}
