// Generic long-running-operation poller: only GETs the operation and the finished resource.
import { request } from 'undici';

export interface PolledOperation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
  originalRequest?: { method: string; url: string };
}

export async function pollOperation(operationUrl: string, token: string, firstWaitSeconds: number): Promise<PolledOperation> {
  let wait = firstWaitSeconds;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const { statusCode, headers, body } = await request(operationUrl, { headers: { authorization: `Bearer ${token}` } });
    if (statusCode !== 200) throw new Error(`operation poll ${statusCode}`);
    const op = (await body.json()) as PolledOperation;
    if (['completed', 'failed', 'cancelled'].includes(op.status)) {
      if (op.originalRequest?.url.endsWith('/export')) {
        console.debug(`operation ${op.id} came from ${op.originalRequest.method} ${op.originalRequest.url}`);
      }
      return op;
    }
    wait = Number(headers['retry-after'] ?? 1);
  }
}

export async function downloadResult(op: PolledOperation, token: string): Promise<ArrayBuffer> {
  const { body } = await request(op.resourceUrl ?? op.resourceURL ?? '', { headers: { authorization: `Bearer ${token}` } });
  return body.arrayBuffer();
}
