import axios from 'axios';
import { readFlags, type Flags } from './flags.js';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Accepted {
  location: string;
  retryAfter: number;
}

interface OperationState {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

function headersFor(token: string, flags: Flags): Record<string, string> {
  const h: Record<string, string> = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' };
  if (flags.sendVersionHeader) h['X-Version'] = '2022-01-01';
  return h;
}

async function startExport(baseUrl: string, token: string, ids: Ids, flags: Flags): Promise<Accepted> {
  const exportUrl = `${baseUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=flag-fetch-1,flag-axios-1
  const headers = headersFor(token, flags);
  if (flags.transport === 'axios') {
    const res = await axios.post(exportUrl, { format: 'pdf' }, { headers, validateStatus: (s) => s === 202 }); // blind-corpus: site=flag-axios-1
    return { location: String(res.headers['location']), retryAfter: Number(res.headers['retry-after'] ?? 1) };
  }
  const res = await fetch(exportUrl, { method: 'POST', headers, body: JSON.stringify({ format: 'pdf' }) }); // blind-corpus: site=flag-fetch-1
  if (res.status !== 202) throw new Error(`export failed: ${res.status} ${await res.text()}`);
  return { location: res.headers.get('location') ?? '', retryAfter: Number(res.headers.get('retry-after') ?? 1) };
}

function waitForCompletion(accepted: Accepted, token: string): Promise<OperationState> {
  return new Promise((resolve, reject) => {
    const tick = async () => {
      try {
        const res = await fetch(accepted.location, { headers: { Authorization: `Bearer ${token}` } });
        const state = (await res.json()) as OperationState;
        if (['completed', 'failed', 'cancelled'].includes(state.status)) return resolve(state);
        setTimeout(tick, Number(res.headers.get('retry-after') ?? 1) * 1000);
      } catch (error) {
        reject(error);
      }
    };
    setTimeout(tick, accepted.retryAfter * 1000);
  });
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const flags = readFlags();
  const accepted = await startExport(env.baseUrl, env.token, env.ids, flags);
  const state = await waitForCompletion(accepted, env.token);
  if (state.status !== 'completed') throw new Error(`export ${state.id} ${state.status}`);
  const file = await fetch(state.resourceUrl ?? state.resourceURL ?? '', { headers: { Authorization: `Bearer ${env.token}` } });
  return file.arrayBuffer();
}
