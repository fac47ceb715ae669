import { request } from 'undici';

export interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
}

/** Generic operation poller: GETs whatever Location the platform returned. */
export async function pollOperation(location: string, token: string): Promise<Operation> {
  let wait = 1;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const res = await request(location, { headers: { authorization: `Bearer ${token}` } });
    const op = (await res.body.json()) as Operation;
    if (['completed', 'cancelled', 'failed'].includes(op.status)) return op;
    wait = Number(res.headers['retry-after'] ?? 1);
  }
}

export function operationUrl(apiUrl: string, operationId: string): string {
  return `${apiUrl}/prototype/platform/operations/${operationId}`;
}
