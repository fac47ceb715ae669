// What `npm run corpus`, the codemod's blind-corpus test and the safety net's corpus test do to a
// corpus, in one place: run the codemod's CLI and tsc on a copy, run its programs in a child process
// (test/safety-net/run-corpus.ts), and pick the Node that can run migrated CommonJS programs.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { getNodesUnderTest } from '../package/node-versions.js';
import type { ProgramOutcome } from './harness.js';

export interface MigratedSite {
  /** Relative to the migrated directory. */
  readonly file: string;
  readonly line: number;
  readonly reason?: string;
}

export interface Migration {
  readonly sitesRewritten: readonly MigratedSite[];
  readonly sitesManual: readonly (MigratedSite & { readonly reason: string })[];
}

/** `workiva-sunset migrate --json` on `directory` (from source); fails unless it exits with one of `statuses`. */
export function migrateDirectory(root: string, directory: string, statuses: readonly number[] = [0]): Migration {
  const cli = path.join(root, 'codemods/cli.ts');
  const result = spawnSync(process.execPath, ['--conditions=@workiva-sunset/source', '--import', 'tsx', cli, 'migrate', '--allow-dirty', '--json', directory], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status === null || !statuses.includes(result.status)) throw new Error(`migrate exited ${result.status}: ${result.stderr}`);
  const json = JSON.parse(result.stdout) as Migration;
  const relative = <T extends MigratedSite>(site: T): T => ({ ...site, file: path.relative(directory, path.resolve(root, site.file)) });
  return { sitesRewritten: json.sitesRewritten.map(relative), sitesManual: json.sitesManual.map(relative) };
}

/** The `error TS…` lines of tsc on the directory's own tsconfig.json, the runtime resolved to its sources. */
export function typeErrors(root: string, directory: string): string[] {
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(directory, 'tsconfig.json'), '--customConditions', '@workiva-sunset/source'], { cwd: root, encoding: 'utf8' });
  return result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
}

/**
 * Under tsx, Node 20 cannot require() an ES module from a CommonJS program (plain Node 20.19+ can);
 * migrated .cjs/.cts programs require the runtime packages, so they run on the Node 22 that CI
 * installs in .ci/node-versions. Any other Node runs them itself.
 */
export function nodeForMigratedPrograms(root: string): string {
  if (!process.versions.node.startsWith('20.')) return process.execPath;
  return getNodesUnderTest(root).find((node) => node.major === '22')?.execPath ?? process.execPath;
}

export interface CorpusRun {
  readonly outcomes: ProgramOutcome[];
  readonly stats: { routed: number; passed: number; refused: number; heldPolls: number };
  readonly legacyExports: number;
  readonly successorExports: number;
}

export interface CorpusRunOptions {
  readonly node?: string;
  /** Modules loaded first with `--import` (the safety net's register). */
  readonly preload?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs every program of `directory` in a fresh process against the simulator (see run-corpus.ts). */
export function runCorpusInChild(root: string, directory: string, phase: 'before' | 'after', options: CorpusRunOptions = {}): Promise<CorpusRun> {
  const preload = (options.preload ?? []).flatMap((module) => ['--import', module]);
  const args = ['--no-warnings', '--conditions=@workiva-sunset/source', '--import', 'tsx', ...preload, 'test/safety-net/run-corpus.ts', directory, phase];
  const child = spawn(options.node ?? process.execPath, args, { cwd: root, env: { ...process.env, NODE_OPTIONS: '', WORKIVA_SUNSET_ROUTE: '', ...options.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`run-corpus ${directory} ${phase} exited ${code}: ${stderr}`));
      else resolve(JSON.parse(line) as CorpusRun);
    }),
  );
}
