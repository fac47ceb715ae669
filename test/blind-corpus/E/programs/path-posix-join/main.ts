import path from 'node:path';
import axios, { AxiosError, type AxiosResponse } from 'axios';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const PLATFORM_ROOT = '/prototype/platform';

function encoded(ids: Ids): Ids {
  return Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, encodeURIComponent(v)])) as unknown as Ids;
}

async function postExport(baseURL: string, token: string, ids: Ids): Promise<AxiosResponse> {
  const e = encoded(ids);
  const exportPath = path.posix.join(PLATFORM_ROOT, 'audits', e.auditId, 'procedures', e.procedureId, 'matrices', e.matrixId, 'samples', e.sampleId, 'attachments', e.attachmentId, 'export'); // blind-corpus: path=posix-join-axios-1
  try {
    return await axios.post(exportPath, { format: 'pdf' }, { baseURL, headers: { Authorization: `Bearer ${token}`, 'X-Version': '2022-01-01' } }); // blind-corpus: site=posix-join-axios-1
  } catch (error) {
    if (error instanceof AxiosError && error.response) {
      const data = error.response.data as { code?: string; message?: string };
      throw new Error(`export failed (${error.response.status} ${data.code ?? ''}): ${data.message ?? error.message}`);
    }
    throw error;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const accepted = await postExport(env.baseUrl, env.token, env.ids);
  const headers = { Authorization: `Bearer ${env.token}` };
  const location = accepted.headers['location'] as string;
  let retryAfter = Number(accepted.headers['retry-after'] ?? 1);

  const check = async (): Promise<Operation> => {
    await new Promise((r) => setTimeout(r, retryAfter * 1000));
    const res = await axios.get<Operation>(location, { headers });
    retryAfter = Number(res.headers['retry-after'] ?? 1);
    return res.data;
  };

  let op = await check();
  while (!['completed', 'failed', 'cancelled'].includes(op.status)) op = await check();
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const pdf = await axios.get<ArrayBuffer>(op.resourceUrl ?? op.resourceURL ?? '', { headers, responseType: 'arraybuffer' });
  return pdf.data;
}
