import { AttachmentArchiver, type ArchiveRequest } from './archiver.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const archiver = new AttachmentArchiver({ apiUrl: env.baseUrl, token: env.token, userAgent: 'records-archiver/1.4' });
  const request: ArchiveRequest = Object.freeze({ ...env.ids });
  return archiver.archive(request);
}
