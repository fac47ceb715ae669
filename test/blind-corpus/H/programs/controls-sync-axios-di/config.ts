export interface WorkivaConfig {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  pollTimeoutMs: number;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing required environment variable ${name}`);
  return value;
}

export function loadWorkivaConfig(): WorkivaConfig {
  return {
    apiUrl: required('WORKIVA_API_URL'),
    clientId: required('WORKIVA_CLIENT_ID'),
    clientSecret: required('WORKIVA_CLIENT_SECRET'),
    pollTimeoutMs: Number(process.env['WORKIVA_POLL_TIMEOUT_MS'] ?? 300_000),
  };
}
