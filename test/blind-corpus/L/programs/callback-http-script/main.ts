import { createRequire } from 'node:module';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
type Cb = (err: Error | null, pdf?: Buffer) => void;

const require = createRequire(import.meta.url);
const exporter = require('./exporter.cjs') as { exportAttachment(config: { apiUrl: string; token: string }, ids: Ids, cb: Cb): void };

export function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const config = { apiUrl: process.env.WORKIVA_API_URL || env.baseUrl, token: process.env.WORKIVA_TOKEN || env.token };
  return new Promise((resolve, reject) => {
    exporter.exportAttachment(config, env.ids, (err, pdf) => (err || !pdf ? reject(err ?? new Error('empty')) : resolve(pdf)));
  });
}
