import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { WorkivaDataSource, type AttachmentArgs } from './workiva-data-source.js';

interface Context {
  dataSources: { workiva: WorkivaDataSource };
}

/** Resolver map as registered with the gateway's schema. */
export const resolvers = {
  Mutation: {
    async exportEvidenceAttachment(_parent: unknown, args: { input: AttachmentArgs }, ctx: Context): Promise<string> {
      const ds = ctx.dataSources.workiva;
      const started = await ds.exportSampleAttachment(args.input);
      let wait = started.retryAfter;
      for (;;) {
        await sleep(wait * 1000 + 45);
        const { op, retryAfter } = await ds.operation(started.operationUrl);
        if (op.status === 'completed') return op.resourceUrl ?? op.resourceURL ?? '';
        if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`export ${op.id} ${op.status}`);
        wait = retryAfter;
      }
    },
  },
};

export async function run(env: { baseUrl: string; token: string; ids: AttachmentArgs }): Promise<Buffer> {
  const workiva = new WorkivaDataSource({ requestId: randomUUID(), userToken: env.token });
  const ctx: Context = { dataSources: { workiva } };
  const resourceUrl = await resolvers.Mutation.exportEvidenceAttachment(undefined, { input: env.ids }, ctx);
  return workiva.download(resourceUrl);
}
