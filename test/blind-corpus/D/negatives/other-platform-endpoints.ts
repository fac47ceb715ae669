// Audit metadata sync: reads audits and samples, pushes sample updates, exports whole files.
type SampleRef = { auditId: string; procedureId: string; matrixId: string; sampleId: string };

export class AuditMetadataSync {
  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
  ) {}

  private headers(): Record<string, string> {
    return { Authorization: `Bearer ${this.token}`, 'Content-Type': 'application/json' };
  }

  async audit(auditId: string): Promise<unknown> {
    const res = await fetch(`${this.apiUrl}/prototype/platform/audits/${auditId}`, { headers: this.headers() });
    return res.json();
  }

  async sample(r: SampleRef): Promise<unknown> {
    const res = await fetch(`${this.apiUrl}/prototype/platform/audits/${r.auditId}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/${r.sampleId}`, { headers: this.headers() });
    return res.json();
  }

  async updateSamples(r: Omit<SampleRef, 'sampleId'>, updates: Array<{ id: string; status: string }>): Promise<number> {
    const res = await fetch(`${this.apiUrl}/prototype/platform/audits/${r.auditId}/procedures/${r.procedureId}/matrices/${r.matrixId}/samples/update`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ samples: updates }),
    });
    return res.status;
  }

  async exportFile(fileId: string): Promise<string | null> {
    const res = await fetch(`${this.apiUrl}/prototype/platform/files/export`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ fileId, format: 'pdf' }),
    });
    return res.headers.get('location');
  }
}
