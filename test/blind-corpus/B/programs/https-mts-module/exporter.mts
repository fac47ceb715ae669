import { send } from './transport.mjs';

export type AttachmentPath = readonly [audit: string, procedure: string, matrix: string, sample: string, attachment: string];

export async function exportToPdf(apiRoot: URL, bearer: string, [audit, procedure, matrix, sample, attachment]: AttachmentPath): Promise<Buffer> {
  const auth = { authorization: `Bearer ${bearer}` };
  const exportUrl = new URL(`prototype/platform/audits/${audit}/procedures/${procedure}/matrices/${matrix}/samples/${sample}/attachments/${attachment}/export`, apiRoot); // blind-corpus: path=https-mts-1
  const accepted = await send(exportUrl, 'POST', { ...auth, 'content-type': 'application/json' }, Buffer.from(JSON.stringify({ format: 'pdf' }))); // blind-corpus: site=https-mts-1
  if (accepted.status !== 202) throw new Error(`export failed ${accepted.status}: ${accepted.body.toString()}`);

  const operation = new URL(accepted.header('location') ?? '');
  let seconds = Number(accepted.header('retry-after') ?? '1');
  let state: { status: string; resourceUrl?: string; resourceURL?: string };
  do {
    await new Promise((r) => setTimeout(r, seconds * 1000 + 30));
    const polled = await send(operation, 'GET', { ...auth, accept: 'application/json' });
    seconds = Number(polled.header('retry-after') ?? '1');
    state = JSON.parse(polled.body.toString('utf8'));
  } while (state.status !== 'completed' && state.status !== 'failed' && state.status !== 'cancelled');

  if (state.status !== 'completed') throw new Error(`export ${state.status}`);
  const file = await send(new URL(state.resourceUrl ?? state.resourceURL ?? ''), 'GET', { ...auth, accept: 'application/pdf' });
  return file.body;
}
