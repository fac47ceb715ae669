import { EventEmitter } from 'node:events';
import { Pool, type Dispatcher } from 'undici';

export interface ExportTask {
  taskId: string;
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  retries: number;
}

type Events = {
  done: [taskId: string, pdf: Buffer];
  error: [taskId: string, err: Error];
};

const API_VERSION = '2022-01-01';
const MAX_RESUBMITS = 2;

function header(res: Dispatcher.ResponseData, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function taskPath(t: ExportTask): string {
  return `/prototype/platform/audits/${t.auditId}/procedures/${t.procedureId}/matrices/${t.matrixId}/samples/${t.sampleId}/attachments/${t.attachmentId}/export`; // blind-corpus: path=worker-pool-1,worker-pool-2
}

export class ExportWorker extends EventEmitter<Events> {
  private readonly pool: Pool;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly origin: string, private readonly token: string) {
    super();
    this.pool = new Pool(origin, { connections: 2, pipelining: 1 });
  }

  private get headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, accept: 'application/json', 'x-version': API_VERSION };
  }

  submit(task: ExportTask): void {
    this.pool
      .request({ origin: this.origin, path: taskPath(task), method: 'POST', headers: { ...this.headers, 'content-type': 'application/json' }, body: JSON.stringify({ format: 'pdf' }) }) // blind-corpus: site=worker-pool-1
      .then(async (res) => {
        await res.body.dump();
        if (res.statusCode !== 202) throw new Error(`export start returned ${res.statusCode}`);
        this.schedulePoll(task, header(res, 'location')!, Number(header(res, 'retry-after') ?? 1));
      })
      .catch((err: Error) => this.emit('error', task.taskId, err));
  }

  private resubmit(task: ExportTask, reason: string): void {
    if (task.retries >= MAX_RESUBMITS) {
      this.emit('error', task.taskId, new Error(`export failed after ${task.retries} resubmits: ${reason}`));
      return;
    }
    const next = { ...task, retries: task.retries + 1 };
    const backoff = 2000 * 2 ** task.retries;
    this.later(backoff, () => {
      this.pool
        .request({ path: taskPath(next), method: 'POST', headers: { ...this.headers, 'content-type': 'application/json' }, body: '{"format":"pdf"}' }) // blind-corpus: site=worker-pool-2
        .then(async (res) => {
          await res.body.dump();
          this.schedulePoll(next, header(res, 'location')!, Number(header(res, 'retry-after') ?? 1));
        })
        .catch((err: Error) => this.emit('error', next.taskId, err));
    });
  }

  private later(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    this.timers.add(t);
  }

  private schedulePoll(task: ExportTask, location: string, seconds: number): void {
    this.later(seconds * 1000, () => void this.poll(task, location).catch((err: Error) => this.emit('error', task.taskId, err)));
  }

  private async poll(task: ExportTask, location: string): Promise<void> {
    const url = new URL(location);
    const res = await this.pool.request({ path: url.pathname + url.search, method: 'GET', headers: this.headers });
    if (res.statusCode === 429 || res.statusCode === 503) {
      await res.body.dump();
      this.schedulePoll(task, location, Number(header(res, 'retry-after') ?? 5));
      return;
    }
    const op = (await res.body.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
    if (op.status === 'completed') {
      const resource = new URL((op.resourceUrl ?? op.resourceURL)!);
      const file = await this.pool.request({ path: resource.pathname + resource.search, method: 'GET', headers: { authorization: `Bearer ${this.token}` } });
      this.emit('done', task.taskId, Buffer.from(await file.body.arrayBuffer()));
    } else if (op.status === 'failed') {
      this.resubmit(task, 'operation failed');
    } else if (op.status === 'cancelled') {
      this.emit('error', task.taskId, new Error('export was cancelled'));
    } else {
      this.schedulePoll(task, location, Number(header(res, 'retry-after') ?? 1));
    }
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    await this.pool.close();
  }
}
