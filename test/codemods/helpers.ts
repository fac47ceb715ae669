// Shared by the codemod runner tests: temporary trees built from the fixtures, the runner in
// process (for summaries) and the CLI as a child process (for exit codes), git, and snapshots.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseCommand, type MigrateOptions } from '../../codemods/runner/options.js';
import { runMigrate } from '../../codemods/runner/run.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixtures = path.join(root, 'codemods/__testfixtures__');
export const temporaryDirectories: string[] = [];

/** Removes the temporary trees; each test file registers it with afterEach. */
export function removeTemporaryDirectories(): void {
  for (const directory of temporaryDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
}

/** A small project: two migratable files, one manual site, one unrelated file. */
export function makeTree(): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-runner-'));
  temporaryDirectories.push(directory);
  mkdirSync(path.join(directory, 'src/jobs'), { recursive: true });
  cpSync(path.join(fixtures, 'fetch-base-url-template.input.ts'), path.join(directory, 'src/export-fetch.ts'));
  cpSync(path.join(fixtures, 'axios-post.input.ts'), path.join(directory, 'src/jobs/export-axios.ts'));
  cpSync(path.join(fixtures, 'manual-yield-in-call.input.ts'), path.join(directory, 'src/jobs/export-payload.ts'));
  writeFileSync(path.join(directory, 'src/unrelated.ts'), 'export const answer = 42;\n');
  return directory;
}

export function options(argv: string[]): MigrateOptions {
  const command = parseCommand(['migrate', ...argv], {}, Date.UTC(2026, 10, 28));
  if (command.kind !== 'migrate') throw new Error('expected migrate');
  return command.options;
}

export async function run(cwd: string, argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const result = await runMigrate(options(argv), { cwd, stdout, stderr, version: '0.0.0-test' });
  return { ...result, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

export function snapshot(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.name === '.git') continue;
      if (entry.isDirectory()) walk(full);
      else files[path.relative(directory, full)] = readFileSync(full, 'latin1');
    }
  };
  walk(directory);
  return files;
}

export const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ['--import', tsxLoader, path.join(root, 'codemods/cli.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

export function git(cwd: string, ...args: string[]) {
  const result = spawnSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

