import { ExportJob } from './export-job.js';

export function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<ArrayBuffer> {
  const job = new ExportJob({ apiOrigin: env.baseUrl, credentials: { token: env.token }, target: env.ids });
  return new Promise((resolve, reject) => {
    job.once('done', resolve);
    job.once('error', reject);
    job.start();
  });
}
