// `workiva-sunset preflight` arguments → validated options. Credentials never come from a flag (shell
// history): only from WORKIVA_TOKEN, or WORKIVA_CLIENT_ID + WORKIVA_CLIENT_SECRET.
import { parseArgsOrUsage, UsageError } from '../runner/options.js';

export const DEFAULT_PREFLIGHT_CONCURRENCY = 4;
/** More parallel listings than this only earns 429s from an API limited per client. */
export const MAX_PREFLIGHT_CONCURRENCY = 16;

export type CredentialSource = { readonly kind: 'token'; readonly token: string } | { readonly kind: 'client'; readonly clientId: string; readonly clientSecret: string };

export interface PreflightOptions {
  /** File of id sets; undefined or `-`: stdin. */
  readonly input: string | undefined;
  readonly baseUrl: string;
  readonly credentials: CredentialSource;
  readonly trustedOrigins: readonly string[];
  /** Also run a real export of each set on the successor (read-only). */
  readonly export: boolean;
  readonly json: boolean;
  readonly concurrency: number;
  readonly timeoutMs: number | undefined;
  readonly progress: boolean | undefined;
}

export type PreflightCommand = { readonly kind: 'help' } | { readonly kind: 'run'; readonly options: PreflightOptions };

export const PREFLIGHT_HELP = `Usage: workiva-sunset preflight [ids.json | ids.csv | -] [options]

Checks, before the sunset, that every legacy id set your code exports can be found on the successor
(2026-01-01): the test form (testFormId = auditId, inferred) and the test phase that lists the matrix.
Reads the id sets (auditId, procedureId, matrixId, sampleId, attachmentId) from a JSON array or a CSV
file with a header row, or from stdin. Exit 0 only when every set is ready.

Credentials (environment only, never flags):
  WORKIVA_TOKEN                              a bearer token, or
  WORKIVA_CLIENT_ID + WORKIVA_CLIENT_SECRET  client credentials for POST /iam/v1/oauth2/token
  WORKIVA_API_URL                            API root (default https://api.app.wdesk.com)

Options:
  --export                also export each set on the successor and download the PDF (read-only)
  --json                  print the machine-readable report on stdout instead of the table
  --concurrency <N>       sets checked at once (default ${DEFAULT_PREFLIGHT_CONCURRENCY}, at most ${MAX_PREFLIGHT_CONCURRENCY}); 429s are waited out
  --base-url <url>        API root (overrides WORKIVA_API_URL)
  --trusted-origin <url>  another origin that may receive the token (repeatable)
  --timeout <seconds>     deadline per id set (default: the wrapper's 15 minutes)
  --[no-]progress         progress bar on stderr (default: on when stderr is a TTY)
  -h, --help              show this help

Exit codes: 0 every set ready, 1 some set not ready, 2 usage or input error, 130 interrupted (Ctrl-C).
`;

function credentialsFrom(env: NodeJS.ProcessEnv): CredentialSource {
  const token = env['WORKIVA_TOKEN']?.trim();
  if (token) return { kind: 'token', token };
  const clientId = env['WORKIVA_CLIENT_ID']?.trim();
  const clientSecret = env['WORKIVA_CLIENT_SECRET'];
  if (clientId && clientSecret) return { kind: 'client', clientId, clientSecret };
  throw new UsageError('no credentials: set WORKIVA_TOKEN, or WORKIVA_CLIENT_ID and WORKIVA_CLIENT_SECRET (never pass them as flags)');
}

function parseConcurrency(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PREFLIGHT_CONCURRENCY;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > MAX_PREFLIGHT_CONCURRENCY) {
    throw new UsageError(`--concurrency must be a whole number from 1 to ${MAX_PREFLIGHT_CONCURRENCY}, got ${JSON.stringify(value)}`);
  }
  return count;
}

function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!(seconds > 0)) throw new UsageError(`--timeout must be a positive number of seconds, got ${JSON.stringify(value)}`);
  return seconds * 1_000;
}

export function parsePreflightCommand(argv: readonly string[], env: NodeJS.ProcessEnv): PreflightCommand {
  const parsed = parseArgsOrUsage({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      export: { type: 'boolean' },
      json: { type: 'boolean' },
      concurrency: { type: 'string' },
      'base-url': { type: 'string' },
      'trusted-origin': { type: 'string', multiple: true },
      timeout: { type: 'string' },
      progress: { type: 'boolean' },
      'no-progress': { type: 'boolean' },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (positionals.length > 1) throw new UsageError(`preflight reads one file of id sets, got ${positionals.length}`);
  return {
    kind: 'run',
    options: {
      input: positionals[0],
      baseUrl: values['base-url'] ?? (env['WORKIVA_API_URL']?.trim() || 'https://api.app.wdesk.com'),
      credentials: credentialsFrom(env),
      trustedOrigins: values['trusted-origin'] ?? [],
      export: values.export ?? false,
      json: values.json ?? false,
      concurrency: parseConcurrency(values.concurrency),
      timeoutMs: parseTimeout(values.timeout),
      progress: values['no-progress'] ? false : values.progress,
    },
  };
}
