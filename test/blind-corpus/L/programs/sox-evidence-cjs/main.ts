import { createRequire } from 'node:module';
import type { SoxSampleRef, WorkivaClient } from './workiva.cjs';

const require = createRequire(import.meta.url);
const { createClient } = require('./workiva.cjs') as { createClient: (o: { baseUrl: string; token: string; log: (m: string) => void }) => WorkivaClient };

export async function run(env: { baseUrl: string; token: string; ids: SoxSampleRef }): Promise<Uint8Array> {
  const client = createClient({ baseUrl: process.env.WORKIVA_API_URL ?? env.baseUrl, token: process.env.WORKIVA_TOKEN ?? env.token, log: () => {} });
  const sample: SoxSampleRef = { ...env.ids };
  const accepted = await client.requestExport(sample);
  const location = accepted.headers['location'];
  if (!location) throw new Error('SOX evidence export: no Location header');
  const op = await client.waitFor(location, accepted.headers['retry-after']);
  if (op.status !== 'completed') throw new Error(`SOX evidence export ${op.id}: ${op.status}`);
  return client.download(op.resourceUrl ?? op.resourceURL ?? '');
}
