// Generated JS client (no typings shipped).
import ApiClient from './src/ApiClient.js';
import AuditsApi from './src/api/AuditsApi.js';
import OperationsApi from './src/api/OperationsApi.js';

interface ExportedAttachment {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

const delay = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

export async function run(env: { baseUrl: string; token: string; ids: ExportedAttachment }): Promise<Uint8Array> {
  const client: any = new ApiClient();
  client.basePath = env.baseUrl;
  client.authentications.OAuth2.accessToken = env.token;
  const audits = new AuditsApi(client);
  const operations = new OperationsApi(client);

  const a = env.ids;
  const { response } = await audits.auditSampleAttachmentExportByIdWithHttpInfo(a.auditId, a.procedureId, a.matrixId, a.sampleId, a.attachmentId, { format: 'pdf' });
  const location: string = response.headers['location'];
  let wait = Number(response.headers['retry-after'] || 1);
  for (;;) {
    await delay(wait);
    const { operation, retryAfter } = (await operations.getByLocation(location)) as {
      operation: { id: string; status: string; resourceUrl?: string; resourceURL?: string };
      retryAfter: number;
    };
    if (operation.status === 'completed') return new Uint8Array((await operations.download(operation.resourceUrl ?? operation.resourceURL)) as Buffer);
    if (operation.status === 'failed' || operation.status === 'cancelled') throw new Error(`export ${operation.id} ${operation.status}`);
    wait = retryAfter;
  }
}
