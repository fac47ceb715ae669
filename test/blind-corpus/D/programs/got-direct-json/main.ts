import got, { HTTPError, RequestError } from 'got';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface OperationJson {
  id: string;
  status: string;
  resourceUrl: string | null;
}

function exportTarget(base: string, ids: Ids): URL {
  const url = new URL(base);
  url.pathname = `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=got-direct-1
  return url;
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Buffer> {
  const headers = { authorization: `Bearer ${env.token}` };
  try {
    const accepted = await got.post(exportTarget(env.baseUrl, env.ids), { headers, json: { format: 'pdf' }, throwHttpErrors: true }); // blind-corpus: site=got-direct-1
    const location = accepted.headers.location!;
    let retryAfter = Number(accepted.headers['retry-after'] ?? 1);
    for (;;) {
      await new Promise((r) => setTimeout(r, retryAfter * 1000));
      const res = await got(location, { headers, responseType: 'json' });
      const op = res.body as OperationJson;
      if (op.status === 'completed') return await got(op.resourceUrl!, { headers }).buffer();
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
      retryAfter = Number(res.headers['retry-after'] ?? 1);
    }
  } catch (error) {
    if (error instanceof HTTPError) {
      const body = error.response.body;
      throw new Error(`Workiva returned ${error.response.statusCode}: ${typeof body === 'string' ? body : JSON.stringify(body)}`);
    }
    if (error instanceof RequestError) throw new Error(`network error talking to Workiva: ${error.code}`);
    throw error;
  }
}
