import { OperationFromJSON, type Operation } from './generated/models.js';

/** Hand-written: the generator does not model the Location/Retry-After long-running operation flow. */
export async function waitForOperation(location: string, firstDelaySeconds: number, bearer: string): Promise<Operation> {
  let delaySeconds = firstDelaySeconds;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, delaySeconds * 1000 + 100));
    const res = await fetch(location, { headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json' } });
    if (!res.ok) throw new Error(`operation poll failed: ${res.status}`);
    const op = OperationFromJSON(await res.json());
    delaySeconds = Number(res.headers.get('Retry-After') ?? delaySeconds);
    if (op.status === 'completed' || op.status === 'failed' || op.status === 'cancelled') return op;
  }
}
