import { parseArgs } from 'node:util';

export interface CliOptions {
  apiUrl: string;
  token: string;
  audit: string;
  procedure: string;
  matrix: string;
  sample: string;
  attachment: string;
  out?: string;
  verbose: boolean;
}

const USAGE = `usage: export-attachment --audit <id> --procedure <id> --matrix <id> --sample <id> --attachment <id> [--out file.pdf] [-v]
environment: WORKIVA_API_URL, WORKIVA_TOKEN`;

export function parseCli(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      audit: { type: 'string' },
      procedure: { type: 'string' },
      matrix: { type: 'string' },
      sample: { type: 'string' },
      attachment: { type: 'string' },
      out: { type: 'string', short: 'o' },
      verbose: { type: 'boolean', short: 'v', default: false },
      'api-url': { type: 'string' },
    },
    strict: true,
  });
  const apiUrl = values['api-url'] ?? process.env['WORKIVA_API_URL'];
  const token = process.env['WORKIVA_TOKEN'];
  const missing = (['audit', 'procedure', 'matrix', 'sample', 'attachment'] as const).filter((k) => !values[k]);
  if (!apiUrl || !token || missing.length) {
    throw new Error(`${missing.length ? `missing --${missing.join(', --')}\n` : ''}${USAGE}`);
  }
  return {
    apiUrl,
    token,
    audit: values.audit!,
    procedure: values.procedure!,
    matrix: values.matrix!,
    sample: values.sample!,
    attachment: values.attachment!,
    out: values.out,
    verbose: values.verbose ?? false,
  };
}
