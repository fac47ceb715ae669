export interface RequestContext {
  user: { id: string; tenant: string };
  workiva: { baseUrl: string; accessToken: string };
  logger: Pick<Console, 'info' | 'error'>;
}

export function contextFromEnv(userId: string): RequestContext {
  return {
    user: { id: userId, tenant: 'default' },
    workiva: { baseUrl: process.env.WORKIVA_API_URL ?? '', accessToken: process.env.WORKIVA_TOKEN ?? '' },
    logger: { info: () => undefined, error: console.error },
  };
}
