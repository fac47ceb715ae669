import { writeFile } from 'node:fs/promises';

export interface CliContext {
  apiUrl: string;
  token: string;
  verbose: boolean;
  out: (line: string) => void;
}

export interface Operation {
  id: string;
  status: string;
  resourceUrl?: string | null;
  resourceURL?: string | null;
}

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

export function authHeaders(ctx: CliContext): HeadersInit {
  return { authorization: `Bearer ${ctx.token}`, accept: 'application/json', 'user-agent': 'wk-cli/0.9.2 (+https://github.com/example/wk-cli)' };
}

export async function pollUntilDone(ctx: CliContext, location: string, retryAfter: string | null): Promise<Operation> {
  let wait = Number(retryAfter ?? 1);
  for (;;) {
    if (ctx.verbose) ctx.out(`waiting ${wait}s before polling ${location}`);
    await new Promise((r) => setTimeout(r, wait * 1000 + 50));
    const res = await fetch(location, { headers: authHeaders(ctx), signal: AbortSignal.timeout(29_000) });
    if (!res.ok) throw new CliError(`poll failed: HTTP ${res.status}`);
    const op = (await res.json()) as Operation;
    if (ctx.verbose) ctx.out(`operation ${op.id}: ${op.status}`);
    if (['completed', 'failed', 'cancelled'].includes(op.status)) return op;
    wait = Number(res.headers.get('retry-after') ?? 1);
  }
}

export async function saveIfRequested(file: string | undefined, bytes: Uint8Array): Promise<void> {
  if (file) await writeFile(file, bytes);
}
