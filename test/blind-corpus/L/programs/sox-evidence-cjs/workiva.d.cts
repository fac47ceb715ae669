export interface SoxSampleRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}
export interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}
export interface WorkivaClient {
  requestExport(ref: SoxSampleRef): Promise<{ status: number; headers: Record<string, string | undefined> }>;
  waitFor(location: string, retryAfter: string | undefined): Promise<Operation>;
  download(url: string): Promise<Uint8Array>;
}
export declare function createClient(options: { baseUrl: string; token: string; log: (msg: string) => void }): WorkivaClient;
