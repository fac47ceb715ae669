import superagent from 'superagent';

interface AttachmentRow {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  exportedAt?: Date;
}

interface JobResult {
  row: AttachmentRow;
  pdf?: Buffer;
  error?: Error;
}

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Nightly job: exports every attachment flagged for archiving. Runs from the scheduler every
 * `intervalMs`; overlapping ticks are skipped.
 */
class NightlyArchiveJob {
  private running = false;
  private readonly agent: ReturnType<typeof superagent.agent>;

  constructor(private readonly apiBase: string, token: string) {
    this.agent = superagent.agent().set('Authorization', `Bearer ${token}`).set('Accept', 'application/json');
  }

  schedule(intervalMs: number, rows: () => AttachmentRow[], onResults: (r: JobResult[]) => void): NodeJS.Timeout {
    const tick = async () => {
      if (this.running) return;
      this.running = true;
      try {
        onResults(await this.runOnce(rows()));
      } finally {
        this.running = false;
      }
    };
    const timer = setInterval(() => void tick(), intervalMs);
    void tick();
    return timer;
  }

  async runOnce(rows: AttachmentRow[]): Promise<JobResult[]> {
    const results: JobResult[] = [];
    for (const row of rows) {
      try {
        results.push({ row, pdf: await this.archive(row) });
        row.exportedAt = new Date();
      } catch (error) {
        results.push({ row, error: error as Error });
      }
    }
    return results;
  }

  private async archive(row: AttachmentRow): Promise<Buffer> {
    const exportUrl = `${this.apiBase}/prototype/platform/audits/${row.auditId}/procedures/${row.procedureId}/matrices/${row.matrixId}/samples/${row.sampleId}/attachments/${row.attachmentId}/export`; // blind-corpus: path=cron-superagent-1
    const accepted = await this.agent.post(exportUrl).send({ format: 'pdf' }); // blind-corpus: site=cron-superagent-1
    const location: string = accepted.headers['location'] ?? '';
    let wait = Number(accepted.headers['retry-after'] ?? 1);
    for (;;) {
      await delay(wait * 1000 + 100);
      const poll = await this.agent.get(location);
      wait = Number(poll.headers['retry-after'] ?? wait);
      const op = poll.body as { status: string; resourceUrl?: string; resourceURL?: string };
      if (op.status === 'completed') {
        const file = await this.agent.get(op.resourceUrl ?? op.resourceURL ?? '').buffer(true).parse(superagent.parse['application/octet-stream']!);
        return file.body as Buffer;
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.status}`);
    }
  }
}

export function run(env: { baseUrl: string; token: string; ids: Omit<AttachmentRow, 'exportedAt'> }): Promise<Buffer> {
  const job = new NightlyArchiveJob(env.baseUrl, env.token);
  const pending: AttachmentRow[] = [{ ...env.ids }];
  return new Promise((resolve, reject) => {
    const timer = job.schedule(60_000, () => pending.filter((r) => !r.exportedAt), (results) => {
      clearInterval(timer);
      const first = results[0];
      if (first?.pdf) resolve(first.pdf);
      else reject(first?.error ?? new Error('nothing exported'));
    });
  });
}
