export interface ServiceConfig {
  workiva: {
    apiUrl: string;
    clientId: string;
    clientSecret: string;
    apiVersion: string;
  };
  exports: {
    maxPolls: number;
  };
}

function env(name: string, fallback?: string): string {
  const v = process.env[name] ?? fallback;
  if (v === undefined) throw new Error(`config: ${name} is not set`);
  return v;
}

export function loadConfig(): ServiceConfig {
  return {
    workiva: {
      apiUrl: env('WORKIVA_API_URL').replace(/\/$/, ''),
      clientId: env('WORKIVA_CLIENT_ID'),
      clientSecret: env('WORKIVA_CLIENT_SECRET'),
      apiVersion: env('WORKIVA_API_VERSION', '2022-01-01'),
    },
    exports: { maxPolls: Number(env('EXPORT_MAX_POLLS', '100')) },
  };
}
