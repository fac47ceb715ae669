import axios, { type AxiosResponse } from 'axios';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface ExportRecord extends Ids {
  requestedAt: Date;
}

const log = {
  warn: (msg: string, meta?: Record<string, unknown>) => {
    if (process.env['LOG_LEVEL'] === 'debug') console.warn(msg, meta ?? {});
  },
};

async function sleep(seconds: number): Promise<void> {
  await new Promise((r) => setTimeout(r, seconds * 1000));
}

function retryAfterOf(res: Pick<AxiosResponse, 'headers'>): number {
  const raw = res.headers['retry-after'];
  return raw === undefined ? 1 : Number(raw);
}

export async function startExport(apiUrl: string, token: string, rec: ExportRecord, attempt = 1): Promise<AxiosResponse> {
  try {
    return await axios.post( // blind-corpus: site=axios-default-1
      `${apiUrl}/prototype/platform/audits/${rec.auditId}/procedures/${rec.procedureId}/matrices/${rec.matrixId}/samples/${rec.sampleId}/attachments/${rec.attachmentId}/export`, // blind-corpus: path=axios-default-1
      { format: 'pdf' },
      { headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
    );
  } catch (e) {
    if (axios.isAxiosError(e) && e.response && (e.response.status === 429 || e.response.status === 503) && attempt < 4) {
      const wait = retryAfterOf(e.response);
      log.warn('export throttled, backing off', { status: e.response.status, wait });
      await sleep(wait);
      return startExport(apiUrl, token, rec, attempt + 1);
    }
    if (axios.isAxiosError(e) && e.response?.status === 404) {
      throw new Error(`attachment ${rec.attachmentId} not found in audit ${rec.auditId}`);
    }
    throw e;
  }
}

/** Older code path kept for the admin tool: uses the generic request() form. */
export async function startExportAdmin(apiUrl: string, token: string, rec: ExportRecord): Promise<AxiosResponse> {
  const url = `${apiUrl}/prototype/platform/audits/${rec.auditId}/procedures/${rec.procedureId}/matrices/${rec.matrixId}/samples/${rec.sampleId}/attachments/${rec.attachmentId}/export`; // blind-corpus: path=axios-default-2
  return axios.request({ method: 'post', url, data: { format: 'pdf' }, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } }); // blind-corpus: site=axios-default-2
}

async function finish(token: string, accepted: AxiosResponse): Promise<ArrayBuffer> {
  const location = accepted.headers['location'] as string;
  let wait = retryAfterOf(accepted);
  const headers = { Authorization: `Bearer ${token}` };
  for (;;) {
    await sleep(wait);
    const res = await axios.get<{ status: string; resourceUrl: string | null }>(location, { headers });
    if (res.data.status === 'completed') {
      const file = await axios.get<ArrayBuffer>(res.data.resourceUrl!, { headers, responseType: 'arraybuffer' });
      return file.data;
    }
    if (res.data.status === 'failed' || res.data.status === 'cancelled') throw new Error(`export ${res.data.status}`);
    wait = retryAfterOf(res);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const rec: ExportRecord = { ...env.ids, requestedAt: new Date() };
  const adminRec: ExportRecord = { ...rec, attachmentId: `${rec.attachmentId}-admin` };
  const [a, b] = await Promise.all([startExport(env.baseUrl, env.token, rec), startExportAdmin(env.baseUrl, env.token, adminRec)]);
  const [pdf] = await Promise.all([finish(env.token, a), finish(env.token, b)]);
  return new Uint8Array(pdf);
}
