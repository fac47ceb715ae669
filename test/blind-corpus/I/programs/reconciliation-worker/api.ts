import got, { HTTPError, type Got } from 'got';

export function createWorkivaApi(prefixUrl: string, bearer: string): Got {
  return got.extend({
    prefixUrl,
    headers: {
      authorization: `Bearer ${bearer}`,
      accept: 'application/json',
      'x-version': '2022-01-01',
    },
    timeout: { request: 20_000 },
    retry: {
      limit: 3,
      methods: ['GET'],
      statusCodes: [429, 503],
    },
    hooks: {
      beforeError: [
        (error) => {
          if (error instanceof HTTPError) {
            const body = error.response.body as string;
            error.message = `${error.message} ${body.slice(0, 200)}`;
          }
          return error;
        },
      ],
    },
  });
}
