// Generic long-running-operation follower: only GETs a Location it was handed and downloads the result.
import { request } from 'undici';

export async function followOperation(location: string, token: string, firstWaitSeconds: number): Promise<Buffer> {
  let wait = firstWaitSeconds;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const res = await request(location, { headers: { authorization: `Bearer ${token}` } });
    const op = (await res.body.json()) as { status: string; resourceUrl?: string };
    if (op.status === 'completed' && op.resourceUrl) {
      const file = await request(op.resourceUrl, { headers: { authorization: `Bearer ${token}` } });
      return Buffer.from(await file.body.arrayBuffer());
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.status}`);
    const header = res.headers['retry-after'];
    wait = Number(Array.isArray(header) ? header[0] : header ?? wait);
  }
}
