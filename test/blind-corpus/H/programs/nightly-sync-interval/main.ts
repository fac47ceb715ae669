import fetch, { type Response } from 'node-fetch';
import { loadSettings, type SyncSettings } from './settings.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface SyncTask {
  taskId: string;
  source: Ids;
  attempts: number;
}

function parseRetryAfter(res: Response, minMs: number): number {
  const value = res.headers.get('retry-after');
  if (!value) return minMs;
  const seconds = Number(value);
  if (!Number.isNaN(seconds)) return Math.max(seconds * 1000, minMs);
  const date = Date.parse(value);
  return Number.isNaN(date) ? minMs : Math.max(date - Date.now(), minMs);
}

async function startExport(settings: SyncSettings, task: SyncTask): Promise<Response> {
  const url = new URL(settings.workiva.url);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/prototype/platform/audits/${task.source.auditId}/procedures/${task.source.procedureId}/matrices/${task.source.matrixId}/samples/${task.source.sampleId}/attachments/${task.source.attachmentId}/export`; // blind-corpus: path=nightly-node-fetch-1
  return fetch(url, { // blind-corpus: site=nightly-node-fetch-1
    method: 'POST',
    headers: {
      Authorization: `Bearer ${settings.workiva.token}`,
      'Content-Type': 'application/json',
      'X-Version': settings.workiva.apiVersion,
    },
    body: JSON.stringify({ format: 'pdf' }),
  });
}

/** Polls with a self-rescheduling timer; the nightly runner used setInterval before and kept the shape. */
function pollOperation(settings: SyncSettings, location: string, firstDelayMs: number): Promise<{ status: string; resourceUrl?: string }> {
  const headers = { Authorization: `Bearer ${settings.workiva.token}` };
  return new Promise((resolve, reject) => {
    let polls = 0;
    const tick = async () => {
      try {
        polls++;
        const res = await fetch(location, { headers });
        const nextDelay = parseRetryAfter(res, settings.poll.minIntervalMs);
        if (res.status === 429 || res.status === 503) return void setTimeout(tick, nextDelay + 50);
        if (!res.ok) throw new Error(`poll ${location} -> ${res.status}`);
        const op = (await res.json()) as { status: string; resourceUrl?: string };
        if (['completed', 'failed', 'cancelled'].includes(op.status)) return resolve(op);
        if (polls >= settings.poll.maxPolls) throw new Error(`gave up after ${polls} polls`);
        setTimeout(tick, nextDelay + 50);
      } catch (e) {
        reject(e);
      }
    };
    setTimeout(tick, firstDelayMs + 50);
  });
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const settings = loadSettings();
  const task: SyncTask = { taskId: `nightly-${new Date().toISOString().slice(0, 10)}`, source: env.ids, attempts: 0 };
  const res = await startExport(settings, task);
  if (res.status !== 202) throw new Error(`[${task.taskId}] export start failed: ${res.status} ${await res.text()}`);
  const op = await pollOperation(settings, res.headers.get('location')!, parseRetryAfter(res, settings.poll.minIntervalMs));
  if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`[${task.taskId}] export ${op.status}`);
  const pdf = await fetch(op.resourceUrl, { headers: { Authorization: `Bearer ${settings.workiva.token}` } });
  return pdf.arrayBuffer();
}
