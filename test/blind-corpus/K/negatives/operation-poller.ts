// Generic operation follower used by several services: given a Location, waits and downloads. Starts nothing.
import got from 'got';

export async function followOperation(location: string, token: string): Promise<Buffer> {
  const client = got.extend({ headers: { authorization: `Bearer ${token}` }, responseType: 'json' });
  let wait = 1;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const res = await client.get<{ status: string; resourceUrl?: string; resourceURL?: string }>(location);
    if (res.body.status === 'completed') return client.get(res.body.resourceUrl ?? res.body.resourceURL ?? '', { responseType: 'buffer' }).buffer();
    if (['failed', 'cancelled'].includes(res.body.status)) throw new Error(`operation ${res.body.status}`);
    wait = Number(res.headers['retry-after'] ?? 1);
  }
}
