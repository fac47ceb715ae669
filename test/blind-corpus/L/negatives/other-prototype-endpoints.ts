// Reads audit and sample metadata and pushes sample updates; none of these is the attachment export.
export interface SampleKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

export class PrototypeMetadataClient {
  constructor(private readonly baseUrl: string, private readonly token: string) {}

  private headers(json = false): Record<string, string> {
    return { Authorization: `Bearer ${this.token}`, Accept: 'application/json', ...(json ? { 'Content-Type': 'application/json' } : {}) };
  }

  async audit(auditId: string): Promise<{ id: string; name: string }> {
    const res = await fetch(`${this.baseUrl}/prototype/platform/audits/${auditId}`, { headers: this.headers() });
    return (await res.json()) as { id: string; name: string };
  }

  async sample(k: SampleKey): Promise<unknown> {
    const res = await fetch(`${this.baseUrl}/prototype/platform/audits/${k.auditId}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/${k.sampleId}`, { headers: this.headers() });
    return res.json();
  }

  async updateSamples(k: Omit<SampleKey, 'sampleId'>, updates: Array<{ id: string; fields: Record<string, unknown> }>): Promise<number> {
    const res = await fetch(`${this.baseUrl}/prototype/platform/audits/${k.auditId}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/update`, {
      method: 'POST',
      headers: this.headers(true),
      body: JSON.stringify({ data: updates }),
    });
    return res.status;
  }

  async exportFiles(fileIds: string[]): Promise<string | null> {
    const res = await fetch(`${this.baseUrl}/prototype/platform/files/export`, { method: 'POST', headers: this.headers(true), body: JSON.stringify({ fileIds, format: 'pdf' }) });
    return res.headers.get('Location');
  }

  async exportOneFile(fileId: string): Promise<string | null> {
    const res = await fetch(`${this.baseUrl}/prototype/platform/files/${fileId}/export`, { method: 'POST', headers: this.headers(true), body: JSON.stringify({ format: 'pdf' }) });
    return res.headers.get('Location');
  }
}
