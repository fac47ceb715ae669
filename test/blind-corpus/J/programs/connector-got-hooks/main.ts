import got from 'got';
import { Host } from './host.js';
import { workivaPlugin } from './workiva-plugin.js';

type Ids = { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };

export async function run(env: { baseUrl: string; token: string; ids: Ids }): Promise<Uint8Array> {
  const api = got.extend({
    prefixUrl: env.baseUrl.replace(/\/+$/, '') + '/',
    headers: { accept: 'application/json', 'x-version': '2022-01-01' },
    retry: { limit: 2, methods: ['GET'], statusCodes: [429, 503] },
    timeout: { request: 29_000 },
    hooks: {
      beforeRequest: [
        (options) => {
          options.headers['authorization'] = `Bearer ${env.token}`;
        },
      ],
    },
  });
  const host = new Host(api, { info: () => undefined, warn: console.warn, error: console.error }).use(workivaPlugin);
  return host.call('workiva.attachment.pdf', { ...env.ids });
}
