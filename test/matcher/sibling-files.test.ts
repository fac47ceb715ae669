// Sibling files the rule cannot read, or that appear after a lookup failed: an unreadable sibling is
// an unknown value (a rule must never throw and take ESLint's whole run down), and a missing one is
// looked for again once the stat trust window has passed (editors and eslint_d keep the process).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { withFilePermissionsEnforced } from '../unprivileged.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearSiblingCache } from '../../src/matcher/index.js';
import { readSiblingFile } from '../../src/matcher/sibling-files.js';
import { sitesOf } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const directories: string[] = [];

afterEach(() => {
  vi.useRealTimers();
  clearSiblingCache();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const EXPORT_PATH = "export const EXPORT_PATH = '/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/att1/export';\n";
const MAIN = "import { EXPORT_PATH } from './paths';\ndeclare const base: string;\nfetch(base + EXPORT_PATH, { method: 'POST' });\n";

function project(): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-siblings-'));
  directories.push(directory);
  chmodSync(directory, 0o755);
  writeFileSync(path.join(directory, 'main.ts'), MAIN);
  writeFileSync(path.join(directory, 'paths.ts'), EXPORT_PATH);
  return directory;
}

/** Lints `file` in a child process where file permissions apply (root reads any file otherwise). */
function lintAsNonRoot(file: string): { status: number | null; messages: { ruleId: string | null; fatal?: boolean; message: string }[]; stderr: string } {
  const node = [process.execPath, '--import', tsxLoader, path.join(here, 'lint-as-user.mts'), file];
  const [command, ...args] = withFilePermissionsEnforced(node);
  const result = spawnSync(command!, args, { encoding: 'utf8', env: { ...process.env, HOME: os.tmpdir() } });
  return { status: result.status, messages: result.status === 0 ? JSON.parse(result.stdout) : [], stderr: result.stderr };
}

describe('an unreadable sibling', () => {
  it('is an unknown value when reading it gives EACCES (permissions enforced, even as root): no crash, the other files still lint', () => {
    const directory = project();
    const readable = lintAsNonRoot(path.join(directory, 'main.ts'));
    expect(readable.stderr).toBe('');
    expect(readable.messages.map((m) => m.ruleId)).toEqual(['workiva-sunset/no-deprecated-endpoint']);
    chmodSync(path.join(directory, 'paths.ts'), 0o000);
    const unreadable = lintAsNonRoot(path.join(directory, 'main.ts'));
    expect(unreadable.stderr).toBe('');
    expect(unreadable.status).toBe(0);
    expect(unreadable.messages).toEqual([]);
  }, 60_000);

  it('a directory or FIFO where a file was is not read (it would throw EISDIR or block)', () => {
    const directory = project();
    mkdirSync(path.join(directory, 'folder.ts'));
    expect(readSiblingFile(path.join(directory, 'folder.ts'))).toBeNull();
    spawnSync('mkfifo', [path.join(directory, 'pipe.ts')]);
    expect(readSiblingFile(path.join(directory, 'pipe.ts'))).toBeNull();
  });
});

describe('a sibling created after the lookup failed', () => {
  it('is found once the trust window has passed, without restarting the process', () => {
    const directory = project();
    rmSync(path.join(directory, 'paths.ts'));
    const file = path.join(directory, 'main.ts');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2026, 10, 28) });
    expect(sitesOf(MAIN, { file: path.relative(path.join(here, '../fixtures/matcher'), file) })).toHaveLength(0);
    writeFileSync(path.join(directory, 'paths.ts'), EXPORT_PATH);
    vi.setSystemTime(Date.UTC(2026, 10, 28) + 1_500);
    const sites = sitesOf(MAIN, { file: path.relative(path.join(here, '../fixtures/matcher'), file) });
    expect(sites.map((site) => site.match.entry.id)).toEqual(['audit-sample-attachment-export']);
  });
});
