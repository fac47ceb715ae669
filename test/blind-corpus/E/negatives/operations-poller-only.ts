import superagent from 'superagent';

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
}

/** Resumes an export started elsewhere: only polls the operation URL and downloads the result. */
export async function resumeExport(operationUrl: string, token: string): Promise<Buffer> {
  let wait = 1;
  for (;;) {
    await new Promise((r) => setTimeout(r, wait * 1000));
    const res = await superagent.get(operationUrl).auth(token, { type: 'bearer' });
    const op = res.body as Operation;
    if (op.status === 'completed') {
      const file = await superagent.get(op.resourceUrl ?? op.resourceURL ?? '').auth(token, { type: 'bearer' }).responseType('blob');
      return file.body as Buffer;
    }
    if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`operation ${op.id} ${op.status}`);
    wait = Number(res.header['retry-after'] ?? 1);
  }
}
