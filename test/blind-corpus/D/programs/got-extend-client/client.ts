import got, { type Got } from 'got';

export interface ClientSettings {
  apiUrl: string;
  token: string;
  logger?: { info(msg: string): void };
}

export function createWorkivaGot(settings: ClientSettings): Got {
  return got.extend({
    prefixUrl: settings.apiUrl,
    responseType: 'json',
    timeout: { request: 30_000 },
    retry: { limit: 2, methods: ['GET'], statusCodes: [429, 503] },
    hooks: {
      beforeRequest: [
        (options) => {
          options.headers['authorization'] = `Bearer ${settings.token}`;
          options.headers['x-client'] = 'evidence-etl';
        },
      ],
      afterResponse: [
        (response) => {
          settings.logger?.info(`${response.request.options.method} ${response.url} -> ${response.statusCode}`);
          return response;
        },
      ],
    },
  });
}
