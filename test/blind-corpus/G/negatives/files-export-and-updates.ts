import { request } from 'undici';

export interface SampleUpdate {
  id: string;
  reviewed?: boolean;
  notes?: string;
}

export class PlatformMaintenance {
  constructor(private readonly origin: string, private readonly token: string) {}

  private headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' };
  }

  /** Bulk file export: same prefix, different resource. */
  async exportFiles(fileIds: string[]): Promise<number> {
    const { statusCode } = await request(`${this.origin}/prototype/platform/files/export`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ files: fileIds, format: 'pdf' }),
    });
    return statusCode;
  }

  async updateSamples(auditId: string, procedureId: string, matrixId: string, updates: SampleUpdate[]): Promise<number> {
    const path = ['prototype', 'platform', 'audits', auditId, 'procedures', procedureId, 'matrices', matrixId, 'samples', 'update'].join('/');
    const { statusCode } = await request(new URL(path, this.origin), { method: 'POST', headers: this.headers(), body: JSON.stringify({ samples: updates }) });
    return statusCode;
  }
}
