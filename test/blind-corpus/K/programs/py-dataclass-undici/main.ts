import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { AttachmentRef, type OperationDTO } from './models.js';

class ApiError extends Error {
  constructor(readonly status_code: number, readonly code: string, message: string) {
    super(`[${status_code}] ${code}: ${message}`);
  }
}

class WorkivaClient {
  constructor(private readonly base_url: string, private readonly token: string, private readonly api_version = '2022-01-01') {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, accept: 'application/json', 'x-version': this.api_version, ...extra };
  }

  async get_json<T>(path_or_url: string): Promise<{ data: T; retry_after: number }> {
    const url = path_or_url.startsWith('http') ? path_or_url : this.base_url + path_or_url;
    const { statusCode, headers, body } = await request(url, { method: 'GET', headers: this.headers() });
    if (statusCode >= 400) {
      const err = (await body.json()) as { code: string; message: string };
      throw new ApiError(statusCode, err.code, err.message);
    }
    return { data: (await body.json()) as T, retry_after: Number(headers['retry-after'] ?? 1) };
  }

  async post(path: string, payload: unknown): Promise<{ location: string; retry_after: number }> {
    const { statusCode, headers, body } = await request(this.base_url + path, {
      method: 'POST',
      headers: this.headers({ 'content-type': 'application/json' }),
      body: JSON.stringify(payload),
    });
    if (statusCode !== 202) {
      const err = (await body.json()) as { code: string; message: string };
      throw new ApiError(statusCode, err.code, err.message);
    }
    await body.dump();
    return { location: String(headers['location']), retry_after: Number(headers['retry-after'] ?? 1) };
  }

  async get_bytes(url: string): Promise<ArrayBuffer> {
    const { statusCode, body } = await request(url, { method: 'GET', headers: this.headers({ accept: 'application/pdf' }) });
    if (statusCode !== 200) throw new ApiError(statusCode, 'DownloadFailed', await body.text());
    return body.arrayBuffer();
  }
}

export async function export_pdf(client: WorkivaClient, ref: AttachmentRef): Promise<ArrayBuffer> {
  let label = ref.sample_id;
  try {
    const sample = await client.get_json<{ id: string; name?: string }>(ref.metadata_path());
    label = sample.data.name ?? sample.data.id;
  } catch (e) {
    // metadata is only for the log line; prototype sample lookups are flaky
    console.warn(`could not load sample metadata for ${ref}: ${(e as Error).message}`);
  }
  console.log(`exporting ${ref} (sample ${label})`);
  let { location, retry_after } = await client.post(ref.export_path(), { format: 'pdf' }); // blind-corpus: site=py-undici-1
  while (true) {
    await sleep(retry_after * 1000);
    const { data: op, retry_after: next } = await client.get_json<OperationDTO>(location);
    if (op.status === 'completed') return client.get_bytes((op.resourceUrl ?? op.resourceURL)!);
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}; originalRequest=${op.originalRequest}`);
    retry_after = next;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<ArrayBuffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const ref = new AttachmentRef(auditId, procedureId, matrixId, sampleId, attachmentId);
  return export_pdf(new WorkivaClient(env.baseUrl, env.token), ref);
}
