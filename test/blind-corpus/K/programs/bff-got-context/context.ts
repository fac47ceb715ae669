import got, { type Got } from 'got';

export interface RequestContext {
  user: { id: string; orgId: string };
  workiva: Got;
  log: (msg: string, extra?: Record<string, unknown>) => void;
}

export function createWorkivaClient(baseUrl: string, getToken: () => string, requestId: string): Got {
  return got.extend({
    prefixUrl: baseUrl,
    responseType: 'json',
    timeout: { request: 29_000 },
    retry: { limit: 2, methods: ['GET'], statusCodes: [429, 503] },
    headers: { accept: 'application/json', 'x-request-id': requestId },
    hooks: {
      beforeRequest: [
        (options) => {
          options.headers['authorization'] = `Bearer ${getToken()}`;
        },
      ],
      beforeError: [
        (error) => {
          const body = error.response?.body as { code?: string; message?: string } | undefined;
          if (body?.code) error.message = `Workiva ${error.response?.statusCode} ${body.code}: ${body.message ?? ''}`;
          return error;
        },
      ],
    },
  });
}
