import ky, { type KyInstance } from 'ky';

export function createPlatformApi(baseUrl: string, token: string): KyInstance {
  return ky.create({
    prefixUrl: baseUrl,
    timeout: 20_000,
    retry: { limit: 2, methods: ['get'], statusCodes: [429, 503], afterStatusCodes: [429, 503] },
    hooks: {
      beforeRequest: [
        (request) => {
          request.headers.set('Authorization', `Bearer ${token}`);
          request.headers.set('X-Version', '2022-01-01');
        },
      ],
    },
  });
}
