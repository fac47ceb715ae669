import superagent from 'superagent';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

const PLATFORM = '/prototype/platform';

/** Single attachment: builds the path step by step, the way the old evidence exporter did. */
export async function exportOne(apiUrl: string, token: string, ids: Ids): Promise<superagent.Response> {
  let path = `${PLATFORM}/audits/${ids.auditId}`;
  path += `/procedures/${ids.procedureId}`;
  path += `/matrices/${ids.matrixId}/samples/${ids.sampleId}`;
  path += `/attachments/${ids.attachmentId}/export`; // blind-corpus: path=incremental-superagent-1
  return superagent.post(apiUrl + path).auth(token, { type: 'bearer' }).type('json').send({ format: 'pdf' }); // blind-corpus: site=incremental-superagent-1
}

/** Variant used by the workpaper bundler, which may or may not know the procedure. */
export async function exportFromParts(apiUrl: string, token: string, ids: Ids, includeProcedure = true): Promise<superagent.Response> {
  const parts: string[] = ['prototype', 'platform', 'audits', ids.auditId];
  if (includeProcedure) parts.push('procedures', ids.procedureId);
  parts.push('matrices', ids.matrixId, 'samples', ids.sampleId);
  parts.push('attachments', ids.attachmentId, 'export'); // blind-corpus: path=incremental-superagent-2
  const url = `${apiUrl}/${parts.join('/')}`;
  return superagent.post(url).set('Authorization', `Bearer ${token}`).set('Content-Type', 'application/json').send({ format: 'pdf' }); // blind-corpus: site=incremental-superagent-2
}

async function waitFor(location: string, token: string, seconds: number): Promise<Operation> {
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const res = await superagent.get(location).auth(token, { type: 'bearer' });
  const op = res.body as Operation;
  return ['completed', 'failed', 'cancelled'].includes(op.status) ? op : waitFor(location, token, Number(res.header['retry-after'] ?? 1));
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array | ArrayBuffer> {
  const apiUrl = env.baseUrl.replace(/\/$/, '');
  const res = process.env['BUNDLER_MODE'] === '1' ? await exportFromParts(apiUrl, env.token, env.ids) : await exportOne(apiUrl, env.token, env.ids);
  const op = await waitFor(String(res.header['location']), env.token, Number(res.header['retry-after'] ?? 1));
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const file = await superagent
    .get(op.resourceUrl ?? op.resourceURL ?? '')
    .auth(env.token, { type: 'bearer' })
    .buffer(true)
    .parse((response, callback) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  return new Uint8Array(file.body as Buffer);
}
