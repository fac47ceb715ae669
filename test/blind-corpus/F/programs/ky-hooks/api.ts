import ky, { HTTPError, type KyInstance } from 'ky';

export type Ids = Readonly<{
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}>;

export type Operation = {
  id: string;
  status: string;
  resourceUrl?: string;
  resourceURL?: string;
};

export function makeApi(prefixUrl: string, getToken: () => string): KyInstance {
  return ky.create({
    prefixUrl,
    timeout: 15_000,
    retry: { limit: 3, methods: ['get'], statusCodes: [429, 503], afterStatusCodes: [429, 503] },
    hooks: {
      beforeRequest: [
        (request) => {
          request.headers.set('Authorization', `Bearer ${getToken()}`);
          request.headers.set('X-Version', '2022-01-01');
        },
      ],
      beforeError: [
        async (error: HTTPError) => {
          try {
            const body = (await error.response.clone().json()) as { code?: string; message?: string };
            error.message = `${error.response.status} ${body.code ?? ''} ${body.message ?? ''}`.trim();
          } catch {
            /* keep ky's message */
          }
          return error;
        },
      ],
    },
  });
}

const enc = encodeURIComponent;

export async function startAttachmentExport(api: KyInstance, ids: Ids): Promise<Response> {
  return api.post(`prototype/platform/audits/${enc(ids.auditId)}/procedures/${enc(ids.procedureId)}/matrices/${enc(ids.matrixId)}/samples/${enc(ids.sampleId)}/attachments/${enc(ids.attachmentId)}/export`, { json: { format: 'pdf' } }); // blind-corpus: site=ky-hooks-1
}

/** Yields every operation snapshot until a terminal one, sleeping Retry-After between polls. */
export async function* watchOperation(api: KyInstance, location: string, firstDelaySeconds: number): AsyncGenerator<Operation> {
  let delaySeconds = firstDelaySeconds;
  while (true) {
    await new Promise((r) => setTimeout(r, delaySeconds * 1000));
    const res = await api.get(location, { prefixUrl: '' });
    const op = await res.json<Operation>();
    yield op;
    if (['completed', 'failed', 'cancelled'].includes(op.status)) return;
    delaySeconds = Number(res.headers.get('retry-after') ?? '2');
  }
}
