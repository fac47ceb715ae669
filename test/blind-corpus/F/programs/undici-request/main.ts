import { request } from 'undici';

type Env = { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } };

type Op = { id: string; status: string; resourceUrl?: string; resourceURL?: string };

const TERMINAL_STATES = ['completed', 'cancelled', 'failed'];

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

async function pollUntilDone(url: string, token: string, waitSeconds: number, attempt = 1): Promise<Op> {
  if (attempt > 50) throw new Error(`operation ${url} still running after ${attempt - 1} polls`);
  await new Promise((r) => setTimeout(r, waitSeconds * 1000));
  const { statusCode, headers, body } = await request(url, { headers: { authorization: `Bearer ${token}` } });
  if (statusCode !== 200) {
    throw new Error(`poll ${url}: ${statusCode} ${await body.text()}`);
  }
  const op = (await body.json()) as Op;
  if (TERMINAL_STATES.includes(op.status)) return op;
  return pollUntilDone(url, token, Number(header(headers, 'retry-after') ?? 1), attempt + 1);
}

export async function run(env: Env): Promise<Uint8Array | ArrayBuffer> {
  const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
  const exportUrl = new URL(`prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, env.baseUrl.endsWith('/') ? env.baseUrl : env.baseUrl + '/'); // blind-corpus: path=undici-request-1

  const res = await request(exportUrl, { // blind-corpus: site=undici-request-1
    method: 'POST',
    headers: {
      authorization: `Bearer ${env.token}`,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: JSON.stringify({ format: 'pdf' }),
  });
  if (res.statusCode !== 202) {
    const err = (await res.body.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new Error(`export not accepted: ${res.statusCode} ${err.code ?? ''} ${err.message ?? ''}`);
  }
  await res.body.dump();

  const location = header(res.headers, 'location');
  if (!location) throw new Error('missing Location');
  const op = await pollUntilDone(location, env.token, Number(header(res.headers, 'retry-after') ?? 1));
  if (op.status !== 'completed') throw new Error(`export ${op.id} is ${op.status}`);

  const download = await request(op.resourceUrl ?? op.resourceURL!, { headers: { authorization: `Bearer ${env.token}` } });
  return new Uint8Array(await download.body.arrayBuffer());
}
