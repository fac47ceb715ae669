import { readFile } from 'node:fs/promises';

export interface Profile {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  apiVersion?: string;
}

export async function loadProfile(file: string, name = 'default'): Promise<Profile> {
  const all = JSON.parse(await readFile(file, 'utf8')) as { profiles: Record<string, Partial<Profile>> };
  const p = all.profiles[name];
  if (!p?.apiUrl) throw new Error(`profile "${name}" missing apiUrl in ${file}`);
  return {
    apiUrl: p.apiUrl,
    clientId: p.clientId ?? process.env['WORKIVA_CLIENT_ID'] ?? '',
    clientSecret: p.clientSecret ?? process.env['WORKIVA_CLIENT_SECRET'] ?? '',
    ...(p.apiVersion ? { apiVersion: p.apiVersion } : {}),
  };
}
