import { createRequire } from 'node:module';
import type EvidenceClientType from './evidence-client.cjs';

// The evidence client is still CommonJS (shared with the old batch scripts), so it is required, not imported.
const require = createRequire(import.meta.url);
const EvidenceClient = require('./evidence-client.cts') as typeof EvidenceClientType;

export async function run(env: { baseUrl: string; token: string; ids: EvidenceClientType.Ids }): Promise<Buffer> {
  const client = new EvidenceClient({ apiUrl: env.baseUrl, token: env.token });
  return client.exportAttachment(env.ids);
}
