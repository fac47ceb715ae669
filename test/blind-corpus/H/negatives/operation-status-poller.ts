import { setTimeout as sleep } from 'node:timers/promises';

// Generic poller for platform operations (GET on the Location URL). Used by several exports.
export interface PlatformOperation {
  id: string;
  status: string;
  resourceUrl?: string;
  originalRequest?: { method: string; url: string };
}

export async function pollOperation(location: string, token: string, firstWaitSeconds = 1): Promise<PlatformOperation> {
  let wait = firstWaitSeconds;
  for (;;) {
    await sleep(wait * 1000);
    const res = await fetch(location, { headers: { Authorization: `Bearer ${token}` } });
    wait = Number(res.headers.get('Retry-After') ?? wait);
    const op = (await res.json()) as PlatformOperation;
    if (op.originalRequest?.url.endsWith('/export')) {
      // exports finish with a downloadable resource
      if (op.status === 'completed' && !op.resourceUrl) throw new Error(`export ${op.id} finished without resourceUrl`);
    }
    if (['completed', 'failed', 'cancelled'].includes(op.status)) return op;
  }
}

export async function downloadExport(op: PlatformOperation, token: string): Promise<ArrayBuffer> {
  const res = await fetch(op.resourceUrl ?? '', { headers: { Authorization: `Bearer ${token}` } });
  return res.arrayBuffer();
}
