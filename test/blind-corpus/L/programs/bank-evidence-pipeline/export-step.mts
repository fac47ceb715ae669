import { format } from 'node:util';
import got, { RequestError, type Got, type Response } from 'got';

export interface SampleEvidence {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface Region {
  name: 'primary' | 'dr';
  baseUrl: string;
}

export interface StepContext {
  token: string;
  regions: { primary: Region; dr?: Region };
  audit: (event: string, data: Record<string, unknown>) => void;
}

const EXPORT_TEMPLATE = '/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export'; // blind-corpus: path=got-pipeline-1,got-pipeline-2

function client(region: Region, token: string): Got {
  return got.extend({
    prefixUrl: region.baseUrl,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'x-version': '2022-01-01' },
    retry: { limit: 0 },
    timeout: { request: 29_000 },
  });
}

/** Step 1: request the export; fails over to the DR region only on connection errors. */
export async function requestExport(ctx: StepContext, ev: SampleEvidence): Promise<Response<string>> {
  const path = format(EXPORT_TEMPLATE, ev.auditId, ev.procedureId, ev.matrixId, ev.sampleId, ev.attachmentId).slice(1);
  try {
    const res = await client(ctx.regions.primary, ctx.token).post(path, { json: { format: 'pdf' } }); // blind-corpus: site=got-pipeline-1
    ctx.audit('export.requested', { region: 'primary', attachmentId: ev.attachmentId });
    return res;
  } catch (err) {
    const dr = ctx.regions.dr;
    if (!dr || !(err instanceof RequestError) || err.response) throw err;
    ctx.audit('export.failover', { from: 'primary', to: dr.name, reason: err.code });
    return client(dr, ctx.token).post(path, { json: { format: 'pdf' } }); // blind-corpus: site=got-pipeline-2
  }
}
