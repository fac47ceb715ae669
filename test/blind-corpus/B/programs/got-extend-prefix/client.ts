import got, { HTTPError, type Got } from 'got';

export interface ClientSettings {
  apiUrl: string;
  token: string;
  requestTimeoutMs: number;
}

export function loadSettings(overrides: Partial<ClientSettings> = {}): ClientSettings {
  const apiUrl = overrides.apiUrl ?? process.env['WORKIVA_API_URL'];
  const token = overrides.token ?? process.env['WORKIVA_TOKEN'];
  if (!apiUrl || !token) throw new Error('WORKIVA_API_URL and WORKIVA_TOKEN must be set');
  return { apiUrl, token, requestTimeoutMs: overrides.requestTimeoutMs ?? Number(process.env['WORKIVA_TIMEOUT_MS'] ?? 20_000) };
}

export function platformClient(settings: ClientSettings): Got {
  return got.extend({
    prefixUrl: new URL('prototype/platform/', settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/`).href,
    timeout: { request: settings.requestTimeoutMs },
    retry: { limit: 3, methods: ['GET'], statusCodes: [429, 503] },
    headers: { accept: 'application/json', 'x-version': '2022-01-01' },
    hooks: {
      beforeRequest: [
        (options) => {
          options.headers['authorization'] = `Bearer ${settings.token}`;
        },
      ],
      beforeError: [
        (error) => {
          if (error instanceof HTTPError) {
            const body = error.response.body;
            error.message = `Workiva ${error.response.statusCode}: ${typeof body === 'string' ? body : ''}`;
          }
          return error;
        },
      ],
    },
  });
}
