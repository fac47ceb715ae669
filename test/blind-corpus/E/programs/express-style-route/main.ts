import { httpRequest, route, type RawResponse } from './transport.js';

const ROUTES = {
  sample: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId',
  attachmentExport: '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export', // blind-corpus: path=express-route-https-1
};

interface ExportJob {
  tenantBase: string;
  bearer: string;
  params: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}

function retryAfterSeconds(res: RawResponse): number {
  const value = res.headers['retry-after'];
  return value ? Math.max(1, Number(value)) : 1;
}

function asJson<T>(res: RawResponse): T {
  return JSON.parse(res.body.toString('utf8')) as T;
}

async function startExport(job: ExportJob): Promise<RawResponse> {
  const headers = { authorization: `Bearer ${job.bearer}`, 'content-type': 'application/json', accept: 'application/json' };
  const res = await httpRequest('POST', job.tenantBase + route(ROUTES.attachmentExport, job.params), headers, JSON.stringify({ format: 'pdf' })); // blind-corpus: site=express-route-https-1
  if (res.status !== 202) {
    const { code, message } = asJson<{ code?: string; message?: string }>(res);
    throw new Error(`export failed with ${res.status} ${code ?? ''}: ${message ?? ''}`);
  }
  return res;
}

function pollUntilDone(location: string, bearer: string, seconds: number): Promise<string> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      httpRequest('GET', location, { authorization: `Bearer ${bearer}`, accept: 'application/json' })
        .then((res) => {
          const op = asJson<{ status: string; resourceUrl?: string; resourceURL?: string }>(res);
          if (op.status === 'completed') resolve(op.resourceUrl ?? op.resourceURL ?? '');
          else if (op.status === 'failed' || op.status === 'cancelled') reject(new Error(`operation ${op.status}`));
          else pollUntilDone(location, bearer, retryAfterSeconds(res)).then(resolve, reject);
        })
        .catch(reject);
    }, seconds * 1000);
  });
}

export async function run(env: { baseUrl: string; token: string; ids: ExportJob['params'] }): Promise<Uint8Array | ArrayBuffer> {
  const job: ExportJob = { tenantBase: env.baseUrl.replace(/\/$/, ''), bearer: env.token, params: { ...env.ids } };
  const accepted = await startExport(job);
  const location = accepted.headers.location;
  if (!location) throw new Error('202 without Location');
  const fileUrl = await pollUntilDone(location, job.bearer, retryAfterSeconds(accepted));
  const file = await httpRequest('GET', fileUrl, { authorization: `Bearer ${job.bearer}`, accept: 'application/pdf' });
  if (file.status !== 200) throw new Error(`download failed: ${file.status}`);
  return new Uint8Array(file.body);
}
