// Edge function (Web APIs only): proxies an evidence PDF export for the dashboard.
export interface EdgeEnv {
  WORKIVA_API_URL: string;
  WORKIVA_TOKEN: string;
}

type Op = { id: string; status: string; resourceUrl?: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function upstream(env: EdgeEnv, pathOrUrl: string, init: RequestInit = {}): Request {
  const req = new Request(new URL(pathOrUrl, env.WORKIVA_API_URL), init);
  req.headers.set('Authorization', `Bearer ${env.WORKIVA_TOKEN}`);
  return req;
}

export async function onRequestPost(request: Request, env: EdgeEnv): Promise<Response> {
  const { searchParams } = new URL(request.url);
  const [audit, procedure, matrix, sample, attachment] = ['audit', 'procedure', 'matrix', 'sample', 'attachment'].map((k) => searchParams.get(k));
  if (!audit || !procedure || !matrix || !sample || !attachment) {
    return Response.json({ error: 'missing identifiers' }, { status: 400 });
  }
  const exportReq = upstream(env, `/prototype/platform/audits/${audit}/procedures/${procedure}/matrices/${matrix}/samples/${sample}/attachments/${attachment}/export`, { // blind-corpus: path=edge-export-1
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ format: 'pdf' }),
  });
  const accepted = await fetch(exportReq); // blind-corpus: site=edge-export-1
  if (accepted.status !== 202) {
    return new Response(accepted.body, { status: accepted.status, headers: { 'Content-Type': 'application/json' } });
  }
  const opUrl = accepted.headers.get('Location')!;
  let retryAfter = Number(accepted.headers.get('Retry-After') ?? '1');
  while (true) {
    await sleep(retryAfter * 1000);
    const poll = await fetch(upstream(env, opUrl));
    const op: Op = await poll.json();
    if (op.status === 'completed' && op.resourceUrl) {
      const pdf = await fetch(upstream(env, op.resourceUrl));
      return new Response(pdf.body, { status: 200, headers: { 'Content-Type': 'application/pdf', 'Cache-Control': 'private, max-age=300' } });
    }
    if (op.status === 'failed' || op.status === 'cancelled') return Response.json({ error: op.status }, { status: 502 });
    retryAfter = Number(poll.headers.get('Retry-After') ?? retryAfter);
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const qs = new URLSearchParams({ audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId, attachment: env.ids.attachmentId });
  const res = await onRequestPost(new Request(`https://dashboard.internal/api/evidence?${qs}`, { method: 'POST' }), {
    WORKIVA_API_URL: env.baseUrl,
    WORKIVA_TOKEN: env.token,
  });
  if (!res.ok) throw new Error(`edge function answered ${res.status}: ${await res.text()}`);
  return res.arrayBuffer();
}
