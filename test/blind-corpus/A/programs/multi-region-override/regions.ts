export type Region = 'us' | 'eu' | 'apac' | 'local';

const REGION_HOSTS: Record<Exclude<Region, 'local'>, string> = {
  us: 'https://api.app.wdesk.com',
  eu: 'https://api.eu.wdesk.com',
  apac: 'https://api.apac.wdesk.com',
};

export function apiOrigin(region: Region, localUrl?: string): string {
  if (region === 'local') {
    if (!localUrl) throw new Error('local region requires WORKIVA_API_URL');
    return localUrl.replace(/\/$/, '');
  }
  return REGION_HOSTS[region];
}
