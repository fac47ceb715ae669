import got from 'got';

interface SampleDto {
  id: string;
  name: string;
  attachments: Array<{ id: string; fileName: string; exportable: boolean }>;
}

export class AuditMetadataReader {
  private readonly client;

  constructor(prefixUrl: string, token: string) {
    this.client = got.extend({ prefixUrl, headers: { authorization: `Bearer ${token}` }, responseType: 'json' });
  }

  audit(auditId: string) {
    return this.client.get(`prototype/platform/audits/${auditId}`).json<{ id: string; name: string }>();
  }

  sample(auditId: string, procedureId: string, matrixId: string, sampleId: string) {
    return this.client.get(`prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}`).json<SampleDto>();
  }

  /** Lists attachments which *could* be exported; does not export anything. */
  async exportableAttachments(auditId: string, procedureId: string, matrixId: string, sampleId: string): Promise<string[]> {
    const s = await this.sample(auditId, procedureId, matrixId, sampleId);
    return s.attachments.filter((a) => a.exportable).map((a) => `${a.fileName} (attachments/${a.id}/export available)`);
  }
}
