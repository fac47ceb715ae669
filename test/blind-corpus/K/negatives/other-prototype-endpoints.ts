// Audit sync service: reads audit/sample metadata and pushes sample updates. Same prototype prefix, different endpoints.
import axios, { type AxiosInstance } from 'axios';

export interface SampleKey {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

export class AuditSync {
  private readonly http: AxiosInstance;

  constructor(baseURL: string, token: string) {
    this.http = axios.create({ baseURL, headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  }

  async audit(auditId: string): Promise<{ id: string; name: string }> {
    return (await this.http.get(`/prototype/platform/audits/${auditId}`)).data;
  }

  async sample(k: SampleKey): Promise<{ id: string; attachments?: { id: string; name: string }[] }> {
    const { data } = await this.http.get(`/prototype/platform/audits/${k.auditId}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/${k.sampleId}`);
    return data;
  }

  async updateSamples(k: Omit<SampleKey, 'sampleId'>, samples: Array<{ id: string; status: string }>): Promise<string | undefined> {
    const res = await this.http.post(`/prototype/platform/audits/${k.auditId}/procedures/${k.procedureId}/matrices/${k.matrixId}/samples/update`, { samples });
    return res.headers['location'];
  }

  async exportFiles(fileIds: string[]): Promise<string | undefined> {
    const res = await this.http.post('/prototype/platform/files/export', { files: fileIds, format: 'pdf' });
    return res.headers['location'];
  }
}
