import { setTimeout as sleep } from 'node:timers/promises';

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

/**
 * Resumes an export that another worker started (the Location was persisted in the job table).
 * Only polls the operation and downloads; it never starts an export.
 */
export async function resumeExport(location: string, token: string, retryAfterSeconds: number): Promise<Uint8Array> {
  let wait = retryAfterSeconds;
  for (;;) {
    await sleep(wait * 1000);
    const res = await fetch(location, { headers: { Authorization: `Bearer ${token}` } });
    const op = (await res.json()) as Operation;
    if (op.status === 'completed') {
      const pdf = await fetch(String(op.resourceUrl ?? op.resourceURL), { headers: { Authorization: `Bearer ${token}` } });
      return new Uint8Array(await pdf.arrayBuffer());
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
    wait = Number(res.headers.get('Retry-After') ?? 1);
  }
}
