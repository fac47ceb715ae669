import axios, { isAxiosError, type AxiosRequestConfig, type AxiosResponse } from 'axios';

export type AttachmentKey = [auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string];

interface Settings {
  apiBase: string;
  bearer: string;
  apiVersion?: string;
  maxRetries: number;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries 429/503 honouring Retry-After; everything else bubbles up. */
async function withRetry<T>(settings: Settings, send: () => Promise<AxiosResponse<T>>): Promise<AxiosResponse<T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      const status = isAxiosError(err) ? err.response?.status : undefined;
      if ((status === 429 || status === 503) && attempt < settings.maxRetries && isAxiosError(err)) {
        const seconds = Number(err.response?.headers['retry-after'] ?? 2 ** attempt);
        await sleep(seconds * 1000);
        continue;
      }
      throw err;
    }
  }
}

function headers(settings: Settings): AxiosRequestConfig['headers'] {
  return {
    Authorization: `Bearer ${settings.bearer}`,
    'Content-Type': 'application/json',
    ...(settings.apiVersion ? { 'X-Version': settings.apiVersion } : {}),
  };
}

export async function startExport(settings: Settings, [auditId, procedureId, matrixId, sampleId, attachmentId]: AttachmentKey): Promise<AxiosResponse<void>> {
  const config: AxiosRequestConfig = {
    method: 'post',
    baseURL: settings.apiBase,
    url: `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, // blind-corpus: path=axios-config-1
    headers: headers(settings),
    data: { format: 'pdf' },
  };
  return withRetry(settings, () => axios.request<void>(config)); // blind-corpus: site=axios-config-1
}

/** Used by the backfill command: fire exports for a list of keys, a few at a time. */
export async function startExports(settings: Settings, keys: AttachmentKey[], concurrency = 4): Promise<string[]> {
  const locations: string[] = [];
  for (let i = 0; i < keys.length; i += concurrency) {
    const chunk = keys.slice(i, i + concurrency);
    const responses = await Promise.all(
      chunk.map(([a, p, m, s, att]) =>
        withRetry(settings, () =>
          axios({ // blind-corpus: site=axios-config-2
            method: 'POST',
            url: `${settings.apiBase}/prototype/platform/audits/${a}/procedures/${p}/matrices/${m}/samples/${s}/attachments/${att}/export`, // blind-corpus: path=axios-config-2
            headers: headers(settings),
            data: { format: 'pdf' },
          }),
        ),
      ),
    );
    locations.push(...responses.map((r) => String(r.headers['location'])));
  }
  return locations;
}

async function pollToEnd(settings: Settings, location: string, firstWaitSeconds: number): Promise<Operation> {
  let waitSeconds = firstWaitSeconds;
  for (;;) {
    await sleep(waitSeconds * 1000);
    const res = await withRetry(settings, () => axios.get<Operation>(location, { headers: { Authorization: `Bearer ${settings.bearer}` } }));
    if (['completed', 'failed', 'cancelled'].includes(res.data.status)) return res.data;
    waitSeconds = Number(res.headers['retry-after'] ?? 1);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const settings: Settings = { apiBase: env.baseUrl, bearer: env.token, apiVersion: '2022-01-01', maxRetries: 3 };
  const key: AttachmentKey = [env.ids.auditId, env.ids.procedureId, env.ids.matrixId, env.ids.sampleId, env.ids.attachmentId];
  const accepted = await startExport(settings, key);
  const op = await pollToEnd(settings, String(accepted.headers['location']), Number(accepted.headers['retry-after'] ?? 1));
  if (op.status !== 'completed') throw new Error(`export ${op.id}: ${op.status}`);
  const file = await axios.get<ArrayBuffer>(op.resourceUrl ?? op.resourceURL ?? '', { responseType: 'arraybuffer', headers: { Authorization: `Bearer ${env.token}` } });
  return file.data;
}
