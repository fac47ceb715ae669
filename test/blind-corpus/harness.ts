// Runs blind-corpus programs against the local protocol simulator: each program's `run()` must return
// the PDF the simulator serves for its ids, and must never poll an operation before its Retry-After.
// Usage: npx tsx test/blind-corpus/harness.ts <corpus dir> [program name ...]
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectedPdfBytes, startSimulator, type Simulator } from '../../src/testing/index.js';

export interface CorpusIds {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface ProgramEnv {
  baseUrl: string;
  token: string;
  ids: CorpusIds;
}

export interface ProgramOutcome {
  name: string;
  ok: boolean;
  error?: string;
  polls: number;
  earlyPolls: number;
  ms: number;
}

type Program = { run(env: ProgramEnv): Promise<Uint8Array | ArrayBuffer> };

/** Realistic, opaque ids, unique per program (the attachment id carries the program's name). */
export function idsFor(name: string): CorpusIds {
  return { auditId: 'QXVkaXQ6MTIz', procedureId: 'UHJvY2VkdXJlOjQ1', matrixId: 'TWF0cml4Ojc4', sampleId: 'U2FtcGxlOjkw', attachmentId: `att-${name}` };
}

/** Program directories of a corpus: `<corpus>/programs/<name>/main.ts`. */
export function listPrograms(corpus: string): string[] {
  const dir = path.join(corpus, 'programs');
  return readdirSync(dir).filter((name) => statSync(path.join(dir, name, 'main.ts'), { throwIfNoEntry: false })?.isFile()).sort();
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new Error(`run() returned ${Object.prototype.toString.call(value)}, not bytes`);
}

export function setProgramEnvironment(sim: Simulator): void {
  process.env['WORKIVA_API_URL'] = sim.url;
  process.env['WORKIVA_TOKEN'] = sim.token;
  process.env['WORKIVA_CLIENT_ID'] = 'test-client';
  process.env['WORKIVA_CLIENT_SECRET'] = 'test-secret';
}

/** Runs one program directory against `sim` and checks its bytes and its polls. */
export async function runProgram(sim: Simulator, corpus: string, name: string): Promise<ProgramOutcome> {
  const ids = idsFor(name);
  const started = Date.now();
  const ownRequests = () =>
    sim.requests.filter((r) => r.kind === 'poll' && sim.operations.some((o) => o.id === r.operationId && o.ids['attachmentId'] === ids.attachmentId));
  try {
    const program = (await import(pathToFileURL(path.join(corpus, 'programs', name, 'main.ts')).href)) as Program;
    const bytes = toBytes(await program.run({ baseUrl: sim.url, token: sim.token, ids }));
    const expected = expectedPdfBytes(ids);
    const ok = Buffer.from(bytes).equals(Buffer.from(expected));
    const polls = ownRequests();
    return { name, ok, ...(ok ? {} : { error: `got ${bytes.byteLength} bytes that differ from the expected PDF` }), polls: polls.length, earlyPolls: polls.filter((r) => r.early).length, ms: Date.now() - started };
  } catch (error) {
    const polls = ownRequests();
    return { name, ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error), polls: polls.length, earlyPolls: polls.filter((r) => r.early).length, ms: Date.now() - started };
  }
}

async function main(): Promise<void> {
  const [corpusArg, ...only] = process.argv.slice(2);
  if (!corpusArg) throw new Error('usage: harness.ts <corpus dir> [program ...]');
  const corpus = path.resolve(corpusArg);
  const names = only.length > 0 ? only : listPrograms(corpus);
  const sim = await startSimulator({ retryAfterSeconds: 1, pollsUntilComplete: 1 });
  setProgramEnvironment(sim);
  const outcomes = await Promise.all(names.map((name) => runProgram(sim, corpus, name)));
  await sim.close();
  for (const o of outcomes) {
    console.log(`${o.ok && o.earlyPolls === 0 ? 'ok  ' : 'FAIL'} ${o.name}  polls=${o.polls} early=${o.earlyPolls} ${o.ms}ms${o.error ? `  ${o.error}` : ''}`);
  }
  const failed = outcomes.filter((o) => !o.ok || o.earlyPolls > 0);
  console.log(`${outcomes.length - failed.length}/${outcomes.length} programs ok`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
