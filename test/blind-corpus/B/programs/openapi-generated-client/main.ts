import { Configuration } from './generated/runtime.js';
import { SampleAttachmentsApi } from './generated/SampleAttachmentsApi.js';
import { ExportRequestFormatEnum } from './generated/models.js';
import { waitForOperation } from './operations.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const config = new Configuration({ basePath: env.baseUrl, accessToken: env.token, headers: { Accept: 'application/json' } });
  const api = new SampleAttachmentsApi(config);

  const { raw } = await api.exportSampleAttachmentRaw({ ...env.ids, exportRequest: { format: ExportRequestFormatEnum.Pdf }, xVersion: '2022-01-01' });

  const location = raw.headers.get('Location');
  if (!location) throw new Error('Workiva did not return an operation Location');
  const op = await waitForOperation(location, Number(raw.headers.get('Retry-After') ?? 1), env.token);
  if (op.status !== 'completed' || !op.resourceUrl) throw new Error(`export finished with status ${op.status}`);

  const pdf = await fetch(op.resourceUrl, { headers: { Authorization: `Bearer ${env.token}` } });
  if (!pdf.ok) throw new Error(`download failed: ${pdf.status}`);
  return pdf.arrayBuffer();
}
