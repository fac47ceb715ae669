// Axios instances created out of sight: handed to the constructor, or imported from another module.
// Their defaults and interceptors are not visible, so the calls stay and are marked.
import type { AxiosInstance } from 'axios';
import { api } from './manual-axios-instance-elsewhere.http.js';

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
    /* workiva-sunset: manual migration needed — the request goes through `this.http`, which comes from the constructor parameter `http`, so the client behind it, its credentials and its result shape are not visible here; until then @workiva-sunset/safety-net routes it at run time */
    const response = await this.http.post(
      `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`,
      { format: 'pdf' },
    );
    return response.headers['location'] as string;
  }
}

export async function startWithSharedInstance(ids: SampleRef): Promise<string> {
  /* workiva-sunset: manual migration needed — the axios instance `api` is imported from './manual-axios-instance-elsewhere.http.js' (created in another module), so its defaults and interceptors are not visible here; until then @workiva-sunset/safety-net routes it at run time */
  const response = await api.post(
    `/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`,
    { format: 'pdf' },
  );
  return response.headers['location'] as string;
}
