// An axios instance created in the constructor with an interceptor there: no drop-in would run the
// interceptor, so the call is kept as written and routed at run time through that same instance.
import axios, { type AxiosInstance } from 'axios';
import { withExportRouting } from '@workiva-sunset/safety-net';

export class InterceptedExports {
  private readonly http: AxiosInstance;

  constructor(baseUrl: string, getToken: () => string) {
    this.http = axios.create({ baseURL: baseUrl });
    this.http.interceptors.request.use((config) => {
      config.headers.set('Authorization', `Bearer ${getToken()}`);
      return config;
    });
  }

  async start(auditId: string, procedureId: string, matrixId: string, sampleId: string, attachmentId: string): Promise<string> {
    const response = await withExportRouting(() => this.http.post(`/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { format: 'pdf' }));
    return response.headers['location'] as string;
  }
}
