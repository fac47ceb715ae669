import { defineConnector, type ActionDefinition, type Params } from './runtime.js';

const ATTACHMENT_EXPORT =
  '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export'; // blind-corpus: path=conn-fetch-1
const SAMPLE = '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}';

interface OperationDoc {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

const exportPdf: ActionDefinition<Params, ArrayBuffer> = {
  name: 'Export sample attachment (PDF)',
  async run(ctx, input) {
    const accepted = await ctx.request({ method: 'POST', path: ATTACHMENT_EXPORT, params: input, body: { format: 'pdf' } }); // blind-corpus: site=conn-fetch-1
    const location = accepted.headers.get('Location');
    if (!location) throw new Error('export accepted without Location header');
    let wait = Number(accepted.headers.get('Retry-After') ?? '2');

    for (;;) {
      await ctx.wait(wait);
      const res = await ctx.fetchAbsolute(location, { headers: { Accept: 'application/json' } });
      const op = (await res.json()) as OperationDoc;
      if (op.status === 'completed') {
        const href = op.resourceUrl ?? op.resourceURL;
        if (!href) throw new Error('no resourceUrl on completed operation');
        return (await ctx.fetchAbsolute(href)).arrayBuffer();
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export operation ${op.id} ${op.status}`);
      wait = Number(res.headers.get('Retry-After') ?? wait);
    }
  },
};

const readSample: ActionDefinition<Params, unknown> = {
  name: 'Get sample',
  async run(ctx, input) {
    return (await ctx.request({ method: 'GET', path: SAMPLE, params: input })).json();
  },
};

export default defineConnector({
  name: 'workiva-audit',
  auth: { type: 'oauth2-client-credentials', tokenPath: '/iam/v1/oauth2/token' },
  actions: { exportPdf, readSample },
});
