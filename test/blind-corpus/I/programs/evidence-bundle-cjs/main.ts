import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { exportAttachment } = require('./export-attachment.cjs') as {
  exportAttachment(opts: {
    apiUrl: string;
    token: string;
    attachment: { audit: string; procedure: string; matrix: string; sample: string; id: string };
  }): Promise<Buffer>;
};

interface BundleEntry {
  label: string;
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  id: string;
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const entries: BundleEntry[] = [
    { label: 'Sample evidence', audit: env.ids.auditId, procedure: env.ids.procedureId, matrix: env.ids.matrixId, sample: env.ids.sampleId, id: env.ids.attachmentId },
  ];
  const files: Buffer[] = [];
  for (const entry of entries) {
    const { label, ...attachment } = entry;
    process.stdout.write(`exporting ${label}... `);
    files.push(await exportAttachment({ apiUrl: env.baseUrl, token: env.token, attachment }));
    process.stdout.write('done\n');
  }
  const [first] = files;
  if (!first) throw new Error('nothing exported');
  return new Uint8Array(first);
}
