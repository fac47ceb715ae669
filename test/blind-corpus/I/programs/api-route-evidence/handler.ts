import ky from 'ky';

// Next.js-style API route: POST /api/evidence/:audit/:procedure/:matrix/:sample/:attachment/pdf
export interface RouteRequest {
  method: string;
  query: Record<string, string | string[] | undefined>;
}

export interface RouteResponse {
  status(code: number): RouteResponse;
  setHeader(name: string, value: string): RouteResponse;
  send(body: Buffer | string): void;
  json(body: unknown): void;
}

const workiva = ky.extend({
  prefixUrl: process.env.WORKIVA_API_URL,
  hooks: {
    beforeRequest: [
      (request) => {
        request.headers.set('Authorization', `Bearer ${process.env.WORKIVA_TOKEN}`);
      },
    ],
  },
  timeout: 25_000,
});

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? v[0] ?? '' : v ?? '');

async function sleepSeconds(s: number): Promise<void> {
  await new Promise((r) => setTimeout(r, s * 1000));
}

export default async function handler(req: RouteRequest, res: RouteResponse): Promise<void> {
  if (req.method !== 'POST') {
    res.status(405).setHeader('Allow', 'POST').json({ error: 'method not allowed' });
    return;
  }
  const q = req.query;
  try {
    const started = await workiva.post(`prototype/platform/audits/${one(q.audit)}/procedures/${one(q.procedure)}/matrices/${one(q.matrix)}/samples/${one(q.sample)}/attachments/${one(q.attachment)}/export`, { // blind-corpus: site=api-route-ky-1
      json: { format: 'pdf' },
      headers: { 'X-Version': '2022-01-01' },
    });
    const statusUrl = started.headers.get('location') as string;
    let retryAfter = Number(started.headers.get('retry-after') ?? 1);
    for (let i = 0; i < 25; i++) {
      await sleepSeconds(retryAfter);
      const poll = await workiva.get(statusUrl, { prefixUrl: '' });
      const op = await poll.json<{ status: string; resourceUrl?: string }>();
      if (op.status === 'completed' && op.resourceUrl) {
        const pdf = await workiva.get(op.resourceUrl, { prefixUrl: '' }).arrayBuffer();
        res.status(200).setHeader('Content-Type', 'application/pdf').send(Buffer.from(pdf));
        return;
      }
      if (op.status === 'failed' || op.status === 'cancelled') {
        res.status(502).json({ error: `export ${op.status}` });
        return;
      }
      retryAfter = Number(poll.headers.get('retry-after') ?? retryAfter);
    }
    res.status(504).json({ error: 'export still running' });
  } catch (err) {
    res.status(500).json({ error: err instanceof Error ? err.message : String(err) });
  }
}
