export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export interface Config {
  apiUrl: string;
  token: string;
  verbose: boolean;
}

export function loadConfig(flags: { 'api-url'?: string; token?: string; verbose?: boolean }): Config {
  const apiUrl = flags['api-url'] ?? process.env['WORKIVA_API_URL'];
  const token = flags.token ?? process.env['WORKIVA_TOKEN'];
  if (!apiUrl) throw new CliError('No API URL: pass --api-url or set WORKIVA_API_URL', 2);
  if (!token) throw new CliError('No token: pass --token or set WORKIVA_TOKEN', 2);
  return { apiUrl: apiUrl.replace(/\/+$/, ''), token, verbose: Boolean(flags.verbose) };
}

export function authHeaders(cfg: Config, extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${cfg.token}`, 'user-agent': 'wdesk-cli/2.3.0', ...extra };
}

export async function expectOk(res: Response, what: string): Promise<Response> {
  if (res.ok) return res;
  let detail = res.statusText;
  try {
    const body = (await res.json()) as { code?: string; message?: string };
    detail = `${body.code}: ${body.message}`;
  } catch {
    /* keep statusText */
  }
  throw new CliError(`${what} failed (${res.status}) ${detail}`);
}

export const sleep = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(seconds * 1000)));
