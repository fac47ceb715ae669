import ky, { type KyInstance } from 'ky';

export function platformKy(prefixUrl: string, token: () => string): KyInstance {
  return ky.create({
    prefixUrl,
    timeout: 20_000,
    retry: { limit: 2, methods: ['get'], statusCodes: [429, 503], afterStatusCodes: [429, 503] },
    hooks: {
      beforeRequest: [
        (request) => {
          request.headers.set('Authorization', `Bearer ${token()}`);
          request.headers.set('Accept', 'application/json');
        },
      ],
    },
  });
}
