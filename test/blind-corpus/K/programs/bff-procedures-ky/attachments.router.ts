import { setTimeout as sleep } from 'node:timers/promises';
import { procedure, type Router } from './trpc.js';
import { literal, object, str } from './validators.js';

const id = str({ min: 1, pattern: /^[A-Za-z0-9=_-]+$/ });

const exportInput = object({
  auditId: id,
  procedureId: id,
  matrixId: id,
  sampleId: id,
  attachmentId: id,
  format: literal('pdf'),
});

type Operation = { id: string; status: string; resourceUrl?: string | null; resourceURL?: string | null; details?: { message: string }[] | null };

const retryAfterMs = (h: Headers, fallback = 1000) => {
  const s = Number(h.get('retry-after'));
  return Number.isFinite(s) && s > 0 ? s * 1000 : fallback;
};

export const attachmentsRouter = {
  exportPdf: procedure.input(exportInput).mutation(async ({ ctx, input }) => {
    const res = await ctx.workiva.post( // blind-corpus: site=bff-ky-1
      `prototype/platform/audits/${input.auditId}/procedures/${input.procedureId}/matrices/${input.matrixId}/samples/${input.sampleId}/attachments/${input.attachmentId}/export`, // blind-corpus: path=bff-ky-1
      { json: { format: input.format } },
    );
    const location = res.headers.get('location');
    if (!location) throw new Error(`[${ctx.requestId}] export accepted without Location`);
    let delay = retryAfterMs(res.headers);
    for (;;) {
      await sleep(delay);
      const poll = await ctx.workivaAbsolute.get(location);
      const op = await poll.json<Operation>();
      if (op.status === 'completed') {
        const pdf = await ctx.workivaAbsolute.get((op.resourceUrl ?? op.resourceURL)!, { headers: { accept: 'application/pdf' } });
        return new Uint8Array(await pdf.arrayBuffer());
      }
      if (op.status === 'failed' || op.status === 'cancelled') {
        throw new Error(`[${ctx.requestId}] export ${op.status}: ${op.details?.[0]?.message ?? 'unknown'}`);
      }
      delay = retryAfterMs(poll.headers);
    }
  }),
} satisfies Router;
