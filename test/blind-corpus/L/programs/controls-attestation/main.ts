import axios, { type AxiosResponse } from 'axios';
import { routes, type SampleAttachmentIds } from './routes.js';

interface AttestationTask {
  controlId: string;
  quarter: string;
  evidence: SampleAttachmentIds;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const TERMINAL_STATES = ['completed', 'failed', 'cancelled'];

function nextDelay(res: AxiosResponse): number {
  const raw = res.headers['retry-after'];
  const n = typeof raw === 'string' ? parseFloat(raw) : NaN;
  return Number.isNaN(n) ? 2000 : n * 1000 + 100;
}

export async function collectEvidence(baseUrl: string, token: string, task: AttestationTask): Promise<ArrayBuffer> {
  const auth = { Authorization: `Bearer ${token}` };
  const start = await axios.request({ // blind-corpus: site=axios-attestation-1
    method: 'post',
    baseURL: baseUrl,
    url: routes.sampleAttachmentExport(task.evidence),
    headers: { ...auth, 'Content-Type': 'application/json', Accept: 'application/json' },
    data: { format: 'pdf' },
    validateStatus: (s) => s === 202,
  });
  const opUrl = String(start.headers['location']);
  let res: AxiosResponse<Operation> = start;
  do {
    await new Promise((r) => setTimeout(r, nextDelay(res)));
    res = await axios.get<Operation>(opUrl, { headers: auth });
  } while (!TERMINAL_STATES.includes(res.data.status));
  if (res.data.status !== 'completed') throw new Error(`[${task.controlId}/${task.quarter}] export ${res.data.status}`);
  const pdf = await axios.get<ArrayBuffer>(res.data.resourceUrl ?? res.data.resourceURL ?? '', { headers: auth, responseType: 'arraybuffer' });
  return pdf.data;
}

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachmentIds }): Promise<ArrayBuffer> {
  return collectEvidence(env.baseUrl, env.token, { controlId: 'ITGC-AC-04', quarter: '2026Q3', evidence: env.ids });
}
