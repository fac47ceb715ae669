import type { RequestContext } from './context.js';

export interface ExportAttachmentInput {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface ExportJobPayload {
  operationUrl: string;
  retryAfterSeconds: number;
}

export interface ExportStatusPayload {
  status: string;
  downloadUrl: string | null;
  retryAfterSeconds: number;
}

export const resolvers = {
  Mutation: {
    async exportSampleAttachment(_parent: unknown, args: { input: ExportAttachmentInput }, ctx: RequestContext): Promise<ExportJobPayload> {
      const { input } = args;
      ctx.logger.info(`user ${ctx.user.id} exporting attachment ${input.attachmentId}`);
      const response = await fetch( // blind-corpus: site=bff-fetch-1
        `${ctx.workiva.baseUrl}/prototype/platform/audits/${encodeURIComponent(input.auditId)}/procedures/${encodeURIComponent(input.procedureId)}/matrices/${encodeURIComponent(input.matrixId)}/samples/${encodeURIComponent(input.sampleId)}/attachments/${encodeURIComponent(input.attachmentId)}/export`, // blind-corpus: path=bff-fetch-1
        {
          method: 'POST',
          headers: new Headers({ Authorization: `Bearer ${ctx.workiva.accessToken}`, 'Content-Type': 'application/json' }),
          body: JSON.stringify({ format: 'pdf' }),
        },
      );
      if (response.status !== 202) {
        const error = (await response.json()) as { code: string; message: string };
        ctx.logger.error(`export failed for ${input.attachmentId}: ${error.code}`);
        throw new Error(error.message);
      }
      return { operationUrl: response.headers.get('Location')!, retryAfterSeconds: Number(response.headers.get('Retry-After') ?? 1) };
    },
  },
  Query: {
    async exportStatus(_parent: unknown, args: { operationUrl: string }, ctx: RequestContext): Promise<ExportStatusPayload> {
      const response = await fetch(args.operationUrl, { headers: { Authorization: `Bearer ${ctx.workiva.accessToken}` } });
      const op = (await response.json()) as { status: string; resourceUrl?: string };
      return { status: op.status, downloadUrl: op.resourceUrl ?? null, retryAfterSeconds: Number(response.headers.get('Retry-After') ?? 1) };
    },
  },
};
