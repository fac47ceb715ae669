import { setTimeout as delay } from 'node:timers/promises';
import type { AxiosInstance, AxiosResponse } from 'axios';
import { createApi, type ApiConfig } from './api.js';

type SampleAttachmentRef = {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
  /** Only populated for tenants already on test forms. */
  testFormId?: string;
  testPhaseId?: string;
};

interface OperationBody {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
  details?: Array<{ code: string; message: string }>;
}

function seconds(res: AxiosResponse): number {
  const value = Number(res.headers['retry-after'] ?? 1);
  return Number.isNaN(value) ? 1 : value;
}

async function requestExport(api: AxiosInstance, config: ApiConfig, ref: SampleAttachmentRef): Promise<AxiosResponse> {
  const useTestForms = config.testFormsEnabled && ref.testFormId !== undefined && ref.testPhaseId !== undefined;
  const path = useTestForms
    ? `/testForms/${ref.testFormId}/testPhases/${ref.testPhaseId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`
    : `/prototype/platform/audits/${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}/export`; // blind-corpus: path=ternary-axios-1
  const version = useTestForms ? '2026-01-01' : '2022-01-01';
  const res = await api.post(path, { format: 'pdf' }, { headers: { 'X-Version': version } }); // blind-corpus: site=ternary-axios-1
  if (res.status !== 202) throw new Error(`unexpected status ${res.status} starting export`);
  return res;
}

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachmentRef }): Promise<Uint8Array | ArrayBuffer> {
  const config: ApiConfig = { baseURL: env.baseUrl, token: env.token, testFormsEnabled: process.env['WORKIVA_TEST_FORMS'] === 'true' };
  const api = createApi(config);
  const started = await requestExport(api, config, { ...env.ids });
  const location = String(started.headers['location']);

  let waitSeconds = seconds(started);
  for (;;) {
    await delay(waitSeconds * 1000);
    const poll = await api.get<OperationBody>(location);
    const op = poll.data;
    if (op.status === 'completed') {
      const url = op.resourceUrl ?? op.resourceURL;
      if (!url) throw new Error('completed operation has no resourceUrl');
      const file = await api.get<ArrayBuffer>(url, { responseType: 'arraybuffer', headers: { Accept: 'application/pdf' } });
      return new Uint8Array(file.data);
    }
    if (op.status === 'failed' || op.status === 'cancelled') {
      const reason = op.details?.map((d) => d.message).join('; ') ?? 'no details';
      throw new Error(`export ${op.id} ${op.status}: ${reason}`);
    }
    waitSeconds = seconds(poll);
  }
}
