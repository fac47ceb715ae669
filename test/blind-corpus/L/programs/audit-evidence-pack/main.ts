import axios, { AxiosError, type AxiosInstance } from 'axios';

export interface EngagementRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

interface OperationDto {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string | null;
  resourceURL?: string | null;
  details?: Array<{ code: string; message: string }> | null;
}

const TERMINAL = new Set(['completed', 'cancelled', 'failed']);
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(value: unknown, fallbackSeconds = 2): number {
  const seconds = Number(value);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : fallbackSeconds) * 1000 + 50;
}

/** Pulls sample attachments into the engagement evidence pack as PDFs. */
export class EvidencePackExporter {
  private readonly http: AxiosInstance;

  constructor(baseUrl: string, token: string, private readonly log: (msg: string) => void = () => {}) {
    this.http = axios.create({
      baseURL: baseUrl.replace(/\/+$/, ''),
      timeout: 29_000,
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'X-Version': '2022-01-01' },
    });
  }

  async exportSampleAttachment(ref: EngagementRef): Promise<Uint8Array> {
    const url =
      `/prototype/platform/audits/${encodeURIComponent(ref.auditId)}/procedures/${encodeURIComponent(ref.procedureId)}` + // blind-corpus: path=axios-evidence-pack-1
      `/matrices/${encodeURIComponent(ref.matrixId)}/samples/${encodeURIComponent(ref.sampleId)}/attachments/${encodeURIComponent(ref.attachmentId)}/export`;
    let accepted;
    try {
      accepted = await this.http.post(url, { format: 'pdf' }, { headers: { 'Content-Type': 'application/json' } }); // blind-corpus: site=axios-evidence-pack-1
    } catch (err) {
      if (err instanceof AxiosError && err.response) {
        const body = err.response.data as { code?: string; message?: string };
        throw new Error(`Export request rejected (${err.response.status} ${body.code ?? ''}): ${body.message ?? err.message}`);
      }
      throw err;
    }
    const location = accepted.headers['location'] as string | undefined;
    if (accepted.status !== 202 || !location) throw new Error(`Unexpected export response ${accepted.status}`);
    this.log(`export accepted for ${ref.attachmentId}, polling ${location}`);

    let delay = retryAfterMs(accepted.headers['retry-after']);
    let op: OperationDto;
    for (;;) {
      await wait(delay);
      const polled = await this.http.get<OperationDto>(location);
      op = polled.data;
      if (TERMINAL.has(op.status)) break;
      delay = retryAfterMs(polled.headers['retry-after']);
    }
    if (op.status !== 'completed') {
      throw new Error(`Export ${op.id} ended as ${op.status}: ${op.details?.map((d) => d.message).join('; ') ?? 'no details'}`);
    }
    const resource = op.resourceUrl ?? op.resourceURL;
    if (!resource) throw new Error(`Export ${op.id} completed without a resource URL`);
    const file = await this.http.get<ArrayBuffer>(resource, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } });
    return new Uint8Array(file.data);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: EngagementRef }): Promise<Uint8Array> {
  const exporter = new EvidencePackExporter(env.baseUrl, env.token);
  return exporter.exportSampleAttachment({ ...env.ids });
}
