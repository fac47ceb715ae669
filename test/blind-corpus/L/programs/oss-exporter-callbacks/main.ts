import { createRequire } from 'node:module';
import { promisify } from 'node:util';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

interface ExporterLike {
  exportPdf(ids: Ids): Promise<Buffer>;
  exportPdfCallback(ids: Ids, done: (err: Error | null, pdf?: Buffer) => void): void;
}

const require = createRequire(import.meta.url);
const { Exporter } = require('./index.cjs') as { Exporter: new (opts: { baseUrl?: string; token: string }) => ExporterLike };

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const exporter = new Exporter({ baseUrl: env.baseUrl, token: env.token });
  // exercise the 1.x callback API, which most downstream users still call
  const exportPdf = promisify(exporter.exportPdfCallback.bind(exporter)) as (ids: Ids) => Promise<Buffer | undefined>;
  const pdf = await exportPdf(env.ids);
  if (!pdf) throw new Error('exporter returned nothing');
  return pdf;
}
