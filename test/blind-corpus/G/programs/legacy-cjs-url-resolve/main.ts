import legacy from './workiva-legacy.cjs';

interface Ids {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const base = process.env['WORKIVA_API_URL'] ?? env.baseUrl;
  const token = process.env['WORKIVA_TOKEN'] ?? env.token;
  const batch: Ids[] = [{ ...env.ids }];
  const [ticket] = process.env['WORKIVA_BATCH_EXPORT'] === 'true'
    ? await legacy.startExports(base, token, batch)
    : [await legacy.startExport(base, token, batch[0])];
  if (!ticket) throw new Error('no export ticket');
  const op = await legacy.waitForOperation(token, ticket.location, ticket.retryAfter);
  if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
  const bytes: Buffer = await legacy.download(token, op.resourceUrl || op.resourceURL);
  return new Uint8Array(bytes);
}
