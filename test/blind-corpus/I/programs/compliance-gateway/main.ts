import { routesOf } from './decorators.js';
import { EvidenceController, type ExportEvidenceDto } from './evidence.controller.js';
import { ClientCredentialsTokenProvider } from './token.provider.js';
import { WorkivaClient } from './workiva.client.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const apiUrl = process.env.WORKIVA_API_URL ?? env.baseUrl;
  const tokens = new ClientCredentialsTokenProvider(apiUrl, process.env.WORKIVA_CLIENT_ID ?? '', process.env.WORKIVA_CLIENT_SECRET ?? '');
  const client = new WorkivaClient(apiUrl, tokens);
  const controller = new EvidenceController(client);
  const { routes } = routesOf(EvidenceController);
  const handler = routes.find((r) => r.verb === 'POST' && r.path === '/export');
  if (!handler) throw new Error('export route missing');
  const dto: ExportEvidenceDto = {
    audit: env.ids.auditId,
    procedure: env.ids.procedureId,
    matrix: env.ids.matrixId,
    sample: env.ids.sampleId,
    attachment: env.ids.attachmentId,
  };
  try {
    return await controller.exportPdf(dto);
  } finally {
    await client.close();
  }
}
