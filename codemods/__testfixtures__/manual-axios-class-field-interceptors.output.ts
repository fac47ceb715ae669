// An axios instance created in the constructor, but given an interceptor there: the wrapper would
// not run it, so the call stays and is marked.
import axios, { type AxiosInstance } from 'axios';

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
    /* workiva-sunset: manual migration needed — the axios instance `this.http` has interceptors that the wrapper would not run; until then @workiva-sunset/safety-net routes it at run time */
    const response = await this.http.post(`/prototype/platform/audits/${auditId}/procedures/${procedureId}/matrices/${matrixId}/samples/${sampleId}/attachments/${attachmentId}/export`, { format: 'pdf' });
    return response.headers['location'] as string;
  }
}
