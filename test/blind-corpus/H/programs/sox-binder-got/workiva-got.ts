import got, { type Got, HTTPError } from 'got';

export interface WorkivaGotOptions {
  apiUrl: string;
  token: string;
  /** pinned platform API version; leave undefined for the account default */
  version?: string;
}

/** Pre-configured got instances: `api` for relative platform paths, `absolute` for Location/resource URLs. */
export function createWorkivaGot(opts: WorkivaGotOptions): { api: Got; absolute: Got } {
  const absolute = got.extend({
    headers: { 'user-agent': 'sox-binder/2.x' },
    timeout: { request: 30_000 },
    retry: { limit: 2, methods: ['GET'], statusCodes: [500, 502, 503, 504] },
    hooks: {
      beforeRequest: [
        (options) => {
          options.headers['authorization'] = `Bearer ${opts.token}`;
          if (opts.version) options.headers['x-version'] = opts.version;
        },
      ],
      beforeError: [
        (error) => {
          if (error instanceof HTTPError) {
            const body = error.response.body;
            error.message = `${error.message} (${typeof body === 'string' ? body.slice(0, 200) : 'no body'})`;
          }
          return error;
        },
      ],
    },
  });
  const api = absolute.extend({ prefixUrl: opts.apiUrl.replace(/\/?$/, '/') });
  return { api, absolute };
}
