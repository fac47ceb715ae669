import axios, { AxiosError, type AxiosInstance } from 'axios';
import { workivaPaths, type SampleAttachmentKey } from './paths.js';

interface Ctx {
  http: AxiosInstance;
  traceId: string;
}

type Parser<T> = (raw: unknown) => T;

interface ProcedureDef<I, O> {
  parse: Parser<I>;
  handler: (ctx: Ctx, input: I) => Promise<O>;
}

const defineProcedure = <I, O>(parse: Parser<I>, handler: (ctx: Ctx, input: I) => Promise<O>): ProcedureDef<I, O> => ({ parse, handler });

const parseKey: Parser<SampleAttachmentKey> = (raw) => {
  const r = raw as Partial<Record<keyof SampleAttachmentKey, unknown>>;
  for (const k of ['auditId', 'procedureId', 'matrixId', 'sampleId', 'attachmentId'] as const) {
    if (typeof r?.[k] !== 'string') throw new Error(`BAD_REQUEST: ${k} is required`);
  }
  return r as SampleAttachmentKey;
};

const wait = (s: number) => new Promise<void>((resolve) => setTimeout(resolve, s * 1000));
const retryAfter = (v: unknown) => (Number(v) > 0 ? Number(v) : 1);

export const procedures = {
  'attachment.exportPdf': defineProcedure(parseKey, async (ctx, key) => {
    try {
      const accepted = await ctx.http.post<void>(workivaPaths.attachmentExport(key), { format: 'pdf' }); // blind-corpus: site=bff-axios-1
      const location = accepted.headers['location'] as string;
      let pause = retryAfter(accepted.headers['retry-after']);
      for (let i = 0; i < 120; i++) {
        await wait(pause);
        const { data: op, headers } = await ctx.http.get<{ status: string; resourceUrl?: string; resourceURL?: string }>(location);
        if (op.status === 'completed') {
          const file = await ctx.http.get<ArrayBuffer>(op.resourceUrl ?? op.resourceURL ?? '', { responseType: 'arraybuffer' });
          return file.data;
        }
        if (op.status === 'failed' || op.status === 'cancelled') throw new Error(`INTERNAL: export ${op.status}`);
        pause = retryAfter(headers['retry-after']);
      }
      throw new Error('TIMEOUT: export did not finish');
    } catch (err) {
      if (err instanceof AxiosError && err.response) {
        const body = err.response.data as { code?: string; message?: string };
        throw new Error(`UPSTREAM_${err.response.status}: ${body?.code ?? ''} ${body?.message ?? err.message} (trace ${ctx.traceId})`);
      }
      throw err;
    }
  }),
  'attachment.sample': defineProcedure(parseKey, async (ctx, key) => (await ctx.http.get(workivaPaths.sample(key))).data),
} as const;

export async function dispatch<K extends keyof typeof procedures>(ctx: Ctx, name: K, raw: unknown) {
  const proc = procedures[name] as ProcedureDef<unknown, unknown>;
  return proc.handler(ctx, proc.parse(raw));
}

export async function run(env: { baseUrl: string; token: string; ids: SampleAttachmentKey }): Promise<ArrayBuffer> {
  const http = axios.create({
    baseURL: env.baseUrl,
    headers: { Authorization: `Bearer ${env.token}`, Accept: 'application/json', 'Content-Type': 'application/json' },
  });
  return (await dispatch({ http, traceId: 'bff-local' }, 'attachment.exportPdf', env.ids)) as ArrayBuffer;
}
