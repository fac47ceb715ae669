import axios, { isAxiosError, type AxiosResponse } from 'axios';

export interface LegacyAttachmentIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface MigrationFlags {
  /** Use the 2026-01-01 testForms endpoint; falls back to the prototype endpoint when the ids don't resolve. */
  useTestFormsExport: boolean;
  /** testPhaseId per procedureId, maintained by the integrations squad. */
  phaseMap: Record<string, string>;
}

interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

type Started = AxiosResponse<unknown>;

export class AttachmentExportClient {
  constructor(private readonly baseUrl: string, private readonly token: string, private readonly flags: MigrationFlags) {}

  private get auth() {
    return { Authorization: `Bearer ${this.token}` };
  }

  private legacyUrl(ids: LegacyAttachmentIds): string {
    return `${this.baseUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`; // blind-corpus: path=axios-migration-1,axios-migration-2
  }

  async start(ids: LegacyAttachmentIds): Promise<Started> {
    const body = { format: 'pdf' };
    if (!this.flags.useTestFormsExport) {
      return axios({ method: 'POST', url: this.legacyUrl(ids), data: body, headers: { ...this.auth, 'Content-Type': 'application/json' } }); // blind-corpus: site=axios-migration-1
    }
    const phase = this.flags.phaseMap[ids.procedureId];
    try {
      if (!phase) throw new Error(`no testPhase mapped for procedure ${ids.procedureId}`);
      return await axios({
        method: 'POST',
        url: `${this.baseUrl}/testForms/${ids.auditId}/testPhases/${phase}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`,
        data: body,
        headers: { ...this.auth, 'Content-Type': 'application/json', 'X-Version': '2026-01-01' },
      });
    } catch (err) {
      if (err instanceof Error && !isAxiosError(err)) console.warn(err.message);
      else if (!isAxiosError(err) || err.response?.status !== 404) throw err;
      return axios({ method: 'POST', url: this.legacyUrl(ids), data: body, headers: { ...this.auth, 'Content-Type': 'application/json' } }); // blind-corpus: site=axios-migration-2
    }
  }

  async waitAndDownload(started: Started): Promise<Uint8Array> {
    const location = String(started.headers['location']);
    let res: AxiosResponse = started;
    let op: Operation | undefined;
    while (!op || !['completed', 'failed', 'cancelled'].includes(op.status)) {
      const secs = Number(res.headers['retry-after'] ?? 1);
      await new Promise((r) => setTimeout(r, secs * 1000 + 50));
      res = await axios.get<Operation>(location, { headers: this.auth });
      op = res.data as Operation;
    }
    if (op.status !== 'completed') throw new Error(`export ${op.id} ${op.status}`);
    const file = await axios.get<ArrayBuffer>(op.resourceUrl ?? op.resourceURL ?? '', { headers: this.auth, responseType: 'arraybuffer' });
    return new Uint8Array(file.data);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: LegacyAttachmentIds }): Promise<Uint8Array> {
  const flags: MigrationFlags = { useTestFormsExport: process.env.FEATURE_TESTFORMS_EXPORT === 'on', phaseMap: {} };
  const client = new AttachmentExportClient(env.baseUrl, env.token, flags);
  return client.waitAndDownload(await client.start(env.ids));
}
