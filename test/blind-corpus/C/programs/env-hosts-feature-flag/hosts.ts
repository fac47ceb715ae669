export type Region = 'us' | 'eu' | 'apac' | 'local';

const PUBLIC_HOSTS: Record<Exclude<Region, 'local'>, string> = {
  us: 'https://api.app.wdesk.com',
  eu: 'https://api.eu.wdesk.com',
  apac: 'https://api.apac.wdesk.com',
};

/** Staging and CI point WORKIVA_API_URL at a sandbox; production sets WORKIVA_REGION. */
export function resolveApiHost(env: NodeJS.ProcessEnv = process.env): string {
  const override = env['WORKIVA_API_URL'];
  if (override) return override.replace(/\/$/, '');
  const region = (env['WORKIVA_REGION'] ?? 'us') as Region;
  if (region === 'local') throw new Error('WORKIVA_REGION=local requires WORKIVA_API_URL');
  return PUBLIC_HOSTS[region];
}
