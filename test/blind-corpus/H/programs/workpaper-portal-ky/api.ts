import ky, { type KyInstance } from 'ky';
import type { TokenStore } from './token-store.js';

export function platformKy(tokens: TokenStore): KyInstance {
  return ky.create({
    timeout: 20_000,
    retry: { limit: 2, methods: ['get'], statusCodes: [429, 503], afterStatusCodes: [429, 503] },
    headers: { accept: 'application/json' },
    hooks: {
      beforeRequest: [
        async (request) => {
          request.headers.set('Authorization', `Bearer ${await tokens.get()}`);
        },
      ],
      afterResponse: [
        async (request, _options, response) => {
          if (response.status === 401 && !request.headers.has('x-token-retried')) {
            tokens.invalidate();
            const retry = new Request(request, { headers: new Headers(request.headers) });
            retry.headers.set('x-token-retried', '1');
            retry.headers.set('Authorization', `Bearer ${await tokens.get()}`);
            return ky(retry);
          }
          return response;
        },
      ],
    },
  });
}
