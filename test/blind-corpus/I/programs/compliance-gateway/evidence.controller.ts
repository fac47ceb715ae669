import { setTimeout as delay } from 'node:timers/promises';
import { Controller, Get, Post } from './decorators.js';
import type { WorkivaClient } from './workiva.client.js';

export interface ExportEvidenceDto {
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
}

type OperationStatus = 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

@Controller('/evidence')
export class EvidenceController {
  constructor(private readonly workiva: WorkivaClient) {}

  @Get('/:audit')
  async auditSummary(dto: Pick<ExportEvidenceDto, 'audit'>): Promise<unknown> {
    const res = await this.workiva.call('GET', `/prototype/platform/audits/${dto.audit}`);
    return res.body.json();
  }

  @Post('/export')
  async exportPdf(dto: ExportEvidenceDto): Promise<Uint8Array> {
    const route = ['prototype', 'platform', 'audits', dto.audit, 'procedures', dto.procedure, 'matrices', dto.matrix, 'samples', dto.sample, 'attachments', dto.attachment, 'export'] // blind-corpus: path=compliance-export-1
      .map(encodeURIComponent)
      .join('/');
    const started = await this.workiva.call('POST', `/${route}`, { format: 'pdf' }); // blind-corpus: site=compliance-export-1
    await started.body.dump();
    let location = headerValue(started.headers['location']);
    let wait = Number(headerValue(started.headers['retry-after']) ?? '1');
    if (!location) throw new Error('export accepted without Location header');

    for (;;) {
      await delay(wait * 1000);
      const poll = await this.workiva.call('GET', location);
      const op = (await poll.body.json()) as { status: OperationStatus; resourceUrl?: string; resourceURL?: string };
      if (op.status === 'completed') {
        const resource = op.resourceUrl ?? op.resourceURL;
        if (!resource) throw new Error('completed operation has no resource URL');
        const file = await this.workiva.call('GET', resource);
        return new Uint8Array(await file.body.arrayBuffer());
      }
      if (op.status === 'failed' || op.status === 'cancelled') {
        throw new Error(`evidence export ${op.status}`);
      }
      wait = Number(headerValue(poll.headers['retry-after']) ?? wait);
    }
  }
}
