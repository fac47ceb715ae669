import ky, { type KyInstance } from 'ky';

export interface SamplePath {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
}

export interface AttachmentPath extends SamplePath {
  attachmentId: string;
}

export interface ExportAccepted {
  operationUrl: string;
  retryAfterSeconds: number;
}

export interface OperationDto {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
  details?: { code: string; message: string }[] | null;
}

export function createApi(prefixUrl: string, token: string) {
  const http: KyInstance = ky.create({
    prefixUrl,
    timeout: 30_000,
    retry: { limit: 2, statusCodes: [429, 503] },
    hooks: {
      beforeRequest: [
        (request) => {
          request.headers.set('Authorization', `Bearer ${token}`);
          request.headers.set('X-Version', '2022-01-01');
        },
      ],
    },
  });
  // operations and downloads come back as absolute URLs, so they go through an instance without prefixUrl
  const absolute = http.extend({ prefixUrl: '' });

  const seg = (p: SamplePath) =>
    `prototype/platform/audits/${p.auditId}/procedures/${p.procedureId}/matrices/${p.matrixId}/samples/${p.sampleId}`;

  return {
    samples: {
      get: (p: SamplePath) => http.get(seg(p)).json<{ id: string; name: string }>(),
      attachments: {
        async export(p: AttachmentPath): Promise<ExportAccepted> {
          const res = await http.post(`${seg(p)}/attachments/${p.attachmentId}/export`, { json: { format: 'pdf' } }); // blind-corpus: site=ky-typed-1
          const operationUrl = res.headers.get('Location');
          if (!operationUrl) throw new Error('export response without Location');
          return { operationUrl, retryAfterSeconds: Number(res.headers.get('Retry-After') ?? 1) };
        },
      },
    },
    operations: {
      async get(url: string): Promise<{ operation: OperationDto; retryAfterSeconds: number }> {
        const res = await absolute.get(url);
        return { operation: await res.json<OperationDto>(), retryAfterSeconds: Number(res.headers.get('Retry-After') ?? 1) };
      },
    },
    files: {
      download: (url: string) => absolute.get(url, { headers: { Accept: 'application/pdf' } }).arrayBuffer(),
    },
  };
}

export type WorkivaApi = ReturnType<typeof createApi>;
