import axios, { AxiosError, type AxiosInstance } from 'axios';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SampleAttachmentRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

interface Operation {
  id: string;
  status: OperationStatus;
  resourceUrl?: string;
  resourceURL?: string;
  created: string;
  updated: string;
  details?: unknown;
}

const TERMINAL: ReadonlySet<OperationStatus> = new Set(['completed', 'cancelled', 'failed']);

function retryAfterMs(value: unknown, fallbackSeconds = 2): number {
  const seconds = Number(value);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : fallbackSeconds) * 1000;
}

export class AttachmentExportService {
  private readonly http: AxiosInstance;

  constructor(baseURL: string, private readonly token: string) {
    this.http = axios.create({ baseURL, timeout: 30_000 });
    this.http.interceptors.request.use((config) => {
      config.headers.set('Authorization', `Bearer ${this.token}`);
      config.headers.set('Accept', 'application/json');
      return config;
    });
  }

  async exportAsPdf(ref: SampleAttachmentRef): Promise<ArrayBuffer> {
    const { auditId, procedureId, matrixId, sampleId, attachmentId } = ref;
    let accepted;
    try {
      accepted = await this.http.post(`/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { format: 'pdf' }); // blind-corpus: site=axios-instance-1
    } catch (err) {
      if (err instanceof AxiosError && err.response) {
        const body = err.response.data as { code?: string; message?: string } | undefined;
        throw new Error(`export request rejected (${err.response.status} ${body?.code ?? ''}): ${body?.message ?? err.message}`);
      }
      throw err;
    }
    const location = String(accepted.headers['location']);
    let wait = retryAfterMs(accepted.headers['retry-after']);

    let op: Operation;
    do {
      await sleep(wait);
      const res = await this.http.get<Operation>(location);
      op = res.data;
      wait = retryAfterMs(res.headers['retry-after']);
    } while (!TERMINAL.has(op.status));

    if (op.status !== 'completed') {
      throw new Error(`export operation ${op.id} ended as ${op.status}`);
    }
    const resourceUrl = op.resourceUrl ?? op.resourceURL;
    if (!resourceUrl) throw new Error(`operation ${op.id} completed without a resource URL`);
    const file = await this.http.get<ArrayBuffer>(resourceUrl, { responseType: 'arraybuffer' });
    return file.data;
  }
}

export async function run(env: { baseUrl: string; token: string; ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string } }): Promise<Uint8Array | ArrayBuffer> {
  const service = new AttachmentExportService(env.baseUrl, env.token);
  return service.exportAsPdf({ ...env.ids });
}
