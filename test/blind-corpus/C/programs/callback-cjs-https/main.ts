import { createRequire } from 'node:module';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
const legacy = createRequire(import.meta.url)('./workiva-legacy.cjs') as {
  exportAttachmentPdf(ids: Ids, cb: (err: Error | null, pdf?: Buffer) => void): void;
};

export function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    legacy.exportAttachmentPdf(env.ids, (err, pdf) => (err || !pdf ? reject(err ?? new Error('empty export')) : resolve(pdf)));
  });
}
