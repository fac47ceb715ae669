import legacy from './workiva.cjs';

interface LegacyJob {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

export function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const client = new legacy.WorkivaLegacy({ endpoint: env.baseUrl, token: env.token });
  const job: LegacyJob = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  };
  return new Promise((resolve, reject) => {
    client.exportAttachment(job, (err: Error | null, pdf?: Buffer) => {
      if (err || !pdf) reject(err ?? new Error('no file'));
      else resolve(new Uint8Array(pdf));
    });
  });
}
