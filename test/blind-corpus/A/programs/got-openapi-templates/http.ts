import got, { type Got } from 'got';

export interface PlatformClients {
  /** Bound to `<base>/prototype/platform/`; call it with route templates from routes.ts. */
  platform: Got;
  /** No prefix: used for absolute URLs handed back by the API (Location, resourceUrl). */
  absolute: Got;
}

export function createClients(baseUrl: string, getToken: () => string): PlatformClients {
  const absolute = got.extend({
    timeout: { request: 30_000 },
    retry: { limit: 0 },
    hooks: {
      beforeRequest: [
        (options) => {
          options.headers['authorization'] = `Bearer ${getToken()}`;
          options.headers['x-version'] = '2022-01-01';
        },
      ],
    },
  });
  const platform = absolute.extend({
    prefixUrl: `${baseUrl.replace(/\/+$/, '')}/prototype/platform/`,
    headers: { accept: 'application/json' },
  });
  return { platform, absolute };
}
