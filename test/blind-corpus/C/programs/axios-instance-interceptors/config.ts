export interface WorkivaConfig {
  apiUrl: string;
  token: string;
  apiVersion: string;
  requestTimeoutMs: number;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing required environment variable ${name}`);
  return value;
}

export function loadConfig(): WorkivaConfig {
  return {
    apiUrl: required('WORKIVA_API_URL'),
    token: required('WORKIVA_TOKEN'),
    apiVersion: process.env['WORKIVA_API_VERSION'] ?? '2022-01-01',
    requestTimeoutMs: Number(process.env['WORKIVA_TIMEOUT_MS'] ?? 20_000),
  };
}
