import superagent, { type Request as SaRequest, type Response as SaResponse } from 'superagent';

type Plugin = (req: SaRequest) => void;

/** Rewrites relative URLs onto the configured API root. */
const prefix =
  (root: string): Plugin =>
  (req) => {
    if (req.url.startsWith('/')) req.url = root.replace(/\/$/, '') + req.url;
  };

const requestLogger: Plugin = (req) => {
  const started = Date.now();
  req.on('response', (res: SaResponse) => {
    if (process.env['HTTP_DEBUG']) console.debug(`${req.method} ${req.url} ${res.status} ${Date.now() - started}ms`);
  });
};

interface AttachmentCoordinates {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

function coordinates(ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }): AttachmentCoordinates {
  return { audit: ids.auditId, procedure: ids.procedureId, matrix: ids.matrixId, sample: ids.sampleId, attachment: ids.attachmentId };
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const agent = superagent.agent().use(prefix(env.baseUrl)).use(requestLogger).auth(env.token, { type: 'bearer' }).set('Accept', 'application/json').timeout({ response: 10_000, deadline: 60_000 });
  const c = coordinates(env.ids);

  const started = await agent // blind-corpus: site=superagent-agent-1
    .post(`/prototype/platform/audits/${c.audit}/procedures/${c.procedure}/matrices/${c.matrix}/samples/${c.sample}/attachments/${c.attachment}/export`) // blind-corpus: path=superagent-agent-1
    .set('X-Version', '2022-01-01')
    .send({ format: 'pdf' });
  if (started.status !== 202) throw new Error(`unexpected status ${started.status}`);

  const operationUrl: string = started.header['location'] ?? '';
  let retryAfter = Number(started.header['retry-after'] ?? 1);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 75));
    const poll = await agent.get(operationUrl).retry(2, (err, res) => res?.status === 503);
    retryAfter = Number(poll.header['retry-after'] ?? 1);
    const body = poll.body as { status: string; resourceUrl?: string; resourceURL?: string };
    if (body.status === 'completed') {
      const file = await agent
        .get(body.resourceUrl ?? body.resourceURL ?? '')
        .set('Accept', 'application/pdf')
        .responseType('arraybuffer');
      return new Uint8Array(file.body as Buffer);
    }
    if (body.status === 'failed' || body.status === 'cancelled') throw new Error(`export ${body.status}`);
  }
}
