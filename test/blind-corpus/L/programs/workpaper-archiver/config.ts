export interface ArchiverConfig {
  apiUrl: URL;
  token: string;
  pollCeilingMs: number;
  userAgent: string;
}

export function loadConfig(overrides: Partial<{ apiUrl: string; token: string }> = {}): ArchiverConfig {
  const apiUrl = overrides.apiUrl ?? process.env.WORKIVA_API_URL;
  const token = overrides.token ?? process.env.WORKIVA_TOKEN;
  if (!apiUrl || !token) throw new Error('WORKIVA_API_URL and WORKIVA_TOKEN must be set');
  return {
    apiUrl: new URL(apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`),
    token,
    pollCeilingMs: 10 * 60_000,
    userAgent: 'workpaper-archiver/3.4.1',
  };
}
