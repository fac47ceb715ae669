import { HTTPError } from 'got';
import type { PlatformClients } from './http.js';
import { PlatformRoutes, fillTemplate } from './routes.js';

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
  resourceUrl?: string | null;
  resourceURL?: string | null;
  details?: unknown;
}

const TERMINAL: ReadonlySet<OperationStatus> = new Set(['completed', 'cancelled', 'failed']);

function retryAfterMs(value: string | string[] | undefined, fallbackSeconds = 5): number {
  const raw = Array.isArray(value) ? value[0] : value;
  const seconds = raw === undefined ? Number.NaN : Number.parseInt(raw, 10);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : fallbackSeconds) * 1000 + 50;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class AttachmentExporter {
  constructor(private readonly clients: PlatformClients) {}

  async exportPdf(ref: SampleAttachmentRef): Promise<Buffer> {
    let response;
    try {
      response = await this.clients.platform.post(fillTemplate(PlatformRoutes.exportSampleAttachment, { ...ref }), { json: { format: 'pdf' } }); // blind-corpus: site=got-openapi-1
    } catch (error) {
      if (error instanceof HTTPError) {
        throw new Error(`export of attachment ${ref.attachmentId} rejected: ${error.response.statusCode} ${String(error.response.body)}`);
      }
      throw error;
    }
    const location = response.headers.location;
    if (!location) throw new Error('export accepted without a Location header');

    let wait = retryAfterMs(response.headers['retry-after']);
    for (;;) {
      await sleep(wait);
      const poll = await this.clients.absolute.get(location, { responseType: 'json' });
      const operation = poll.body as Operation;
      if (TERMINAL.has(operation.status)) {
        if (operation.status !== 'completed') {
          throw new Error(`export operation ${operation.id} ended as ${operation.status}`);
        }
        const resource = operation.resourceUrl ?? operation.resourceURL;
        if (!resource) throw new Error(`operation ${operation.id} completed without a resource URL`);
        return this.clients.absolute.get(resource).buffer();
      }
      wait = retryAfterMs(poll.headers['retry-after']);
    }
  }

  /** Metadata lookup used by the sample viewer; not an export. */
  async describeSample(ref: Omit<SampleAttachmentRef, 'attachmentId'>): Promise<unknown> {
    return this.clients.platform.get(fillTemplate(PlatformRoutes.getSample, { ...ref })).json();
  }
}
