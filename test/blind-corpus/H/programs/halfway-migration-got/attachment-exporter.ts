import got, { type Got } from 'got';
import type { Flags } from './flags.js';

export interface AttachmentLocator {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  /** populated by the backfill job; missing for most records today */
  testFormId?: string;
  testPhaseId?: string;
}

export interface StartedExport {
  operationUrl: string;
  retryAfterSeconds: number;
}

export class AttachmentExporter {
  private readonly client: Got;

  constructor(
    apiUrl: string,
    token: string,
    private readonly flags: Flags,
  ) {
    this.client = got.extend({
      prefixUrl: apiUrl,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      responseType: 'json',
    });
  }

  async start(loc: AttachmentLocator): Promise<StartedExport> {
    if (this.flags.useTestFormsExport && loc.testFormId && loc.testPhaseId) {
      const res = await this.client.post(
        `testForms/${loc.testFormId}/testPhases/${loc.testPhaseId}/matrices/${loc.matrixId}/samples/${loc.sampleId}/attachments/${loc.attachmentId}/export`,
        { json: { format: 'pdf' }, headers: { 'x-version': '2026-01-01' } },
      );
      return { operationUrl: res.headers.location!, retryAfterSeconds: Number(res.headers['retry-after'] ?? 1) };
    }

    // legacy path until the backfill is done
    const legacyPath = `prototype/platform/audits/${loc.auditId}/procedures/${loc.procedureId}/matrices/${loc.matrixId}/samples/${loc.sampleId}/attachments/${loc.attachmentId}/export`; // blind-corpus: path=halfway-got-1
    const res = await this.client.post(legacyPath, { json: { format: 'pdf' }, headers: { 'x-version': '2022-01-01' } }); // blind-corpus: site=halfway-got-1
    return { operationUrl: res.headers.location!, retryAfterSeconds: Number(res.headers['retry-after'] ?? 1) };
  }
}
