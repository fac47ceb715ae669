// Hexagonal-ish ports for the attestation service. Adapters live in ./adapters.
export interface EvidenceRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface ExportTicket {
  operationUrl: string;
  notBefore: number;
}

export interface ExportGateway {
  requestExport(ref: EvidenceRef): Promise<ExportTicket>;
  requestExportNoWait(ref: EvidenceRef): Promise<void>;
  check(ticket: ExportTicket): Promise<{ done: boolean; ok: boolean; resourceUrl?: string; next?: ExportTicket }>;
  fetchFile(resourceUrl: string): Promise<Uint8Array>;
}
