// Reads audit, sample and attachment metadata for the workspace sidebar. Read-only; no exports are started here.
import axios from 'axios';

export interface AttachmentMeta {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export class AuditMetadataReader {
  private readonly http;

  constructor(baseURL: string, token: string) {
    this.http = axios.create({ baseURL, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  }

  async audit(auditId: string): Promise<{ id: string; name: string }> {
    const { data } = await this.http.get(`/prototype/platform/audits/${auditId}`);
    return data;
  }

  async sample(auditId: string, procedureId: string, matrixId: string, sampleId: string): Promise<unknown> {
    const { data } = await this.http.get(`/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}`);
    return data;
  }

  async attachment(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string): Promise<AttachmentMeta> {
    const { data } = await this.http.get<AttachmentMeta>(
      `/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}`,
    );
    return data;
  }
}
