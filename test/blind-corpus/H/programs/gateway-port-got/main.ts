import { GotExportGateway } from './adapters/got-export-gateway.js';
import { AttestationService } from './attestation.js';
import type { EvidenceRef } from './ports.js';

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array | ArrayBuffer> {
  const service = new AttestationService(new GotExportGateway(env.baseUrl, env.token));
  const ref: EvidenceRef = { ...env.ids };
  return service.collectEvidencePdf(ref);
}
