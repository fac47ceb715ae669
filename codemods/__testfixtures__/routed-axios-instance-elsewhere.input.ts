// Axios instances created out of sight (handed to the constructor, imported from another module):
// the calls are kept as written and routed at run time through the instances themselves.
import type { AxiosInstance } from 'axios';
import { api } from './routed-axios-instance-elsewhere.http.js';

interface SampleRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export class InjectedExports {
  constructor(private readonly http: AxiosInstance) {}

  async start(ids: SampleRef): Promise<string> {
    const response = await this.http.post(
      `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`,
      { format: 'pdf' },
    );
    return response.headers['location'] as string;
  }
}

export async function startWithSharedInstance(ids: SampleRef): Promise<string> {
  const response = await api.post(
    `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`,
    { format: 'pdf' },
  );
  return response.headers['location'] as string;
}
