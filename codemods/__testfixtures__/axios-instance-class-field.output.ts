// An axios instance held by a class: declared as a field and created once, in the constructor.
import axios, { type AxiosInstance } from 'axios';
import { exportSampleAttachmentAsAxiosResponse } from 'workiva-sunset';

interface SampleRef {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export class WorkivaExports {
  private readonly http: AxiosInstance;

  constructor(private readonly baseUrl: string) {
    this.http = axios.create({ baseURL: baseUrl, timeout: 30_000 });
  }

  async start(ids: SampleRef, token: string): Promise<string> {
    const response = await exportSampleAttachmentAsAxiosResponse(
      {
        auditId: ids.auditId,
        procedureId: ids.procedureId,
        matrixId: ids.matrixId,
        sampleId: ids.sampleId,
        attachmentId: ids.attachmentId,
      },
      { baseUrl: this.http.defaults.baseURL, token },
    );
    return response.headers['location'] as string;
  }

  describe(): string {
    return `exports from ${this.baseUrl}`;
  }
}

/** The same, with the instance as a field initialiser. */
export class WorkivaFieldExports {
  private readonly http = axios.create({ baseURL: 'https://api.app.wdesk.com' });

  async start(ids: SampleRef, token: string): Promise<string> {
    const response = await exportSampleAttachmentAsAxiosResponse(
      {
        auditId: ids.auditId,
        procedureId: ids.procedureId,
        matrixId: ids.matrixId,
        sampleId: ids.sampleId,
        attachmentId: ids.attachmentId,
      },
      { baseUrl: this.http.defaults.baseURL, token },
    );
    return response.headers['location'] as string;
  }
}
