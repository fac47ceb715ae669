import { createWorkivaAxios } from './client.js';
import { ExportJob, type SampleAttachmentIds } from './export-job.js';

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachmentIds }): Promise<Uint8Array | ArrayBuffer> {
  const api = createWorkivaAxios(env.baseUrl, async () => env.token);
  const job = new ExportJob(api);
  const data = await job.run(env.ids);
  return data instanceof ArrayBuffer ? data : new Uint8Array(data as unknown as Buffer);
}
