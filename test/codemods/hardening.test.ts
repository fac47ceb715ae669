// The runner against a hostile file system and a busy user: an edit saved during the run, outputs
// that cannot be written, globs that climb out, FIFOs, links, latin1 files, CR-only line endings,
// and one exit code per failure class. Real processes and real file-system objects throughout.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../codemods/runner/options.js';
import { readRegularFile } from '../../codemods/runner/read-regular-file.js';
import { cli, fixtures, git, makeTree, removeTemporaryDirectories, root, run, snapshot, temporaryDirectories, tsxLoader } from './helpers.js';
import { withFilePermissionsEnforced } from '../unprivileged.js';

afterEach(removeTemporaryDirectories);

const LITERAL_INPUT = path.join(fixtures, 'fetch-literal-url.input.ts');

function commitAll(tree: string): void {
  git(tree, 'init', '-q');
  git(tree, 'add', '.');
  git(tree, 'commit', '-q', '-m', 'initial');
}

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

describe('an edit saved during the run', () => {
  it('is kept: the file is reported as changed during the run, left untouched, exit 4', async () => {
    const tree = makeTree();
    const file = path.join(tree, 'src/big-export.ts');
    // Long enough that the transform takes a while, so the writer below appends during it.
    const extra = Array.from({ length: 4000 }, (_, i) => `export const value${i} = ${i};`).join('\n');
    writeFileSync(file, `${readFileSync(LITERAL_INPUT, 'utf8')}${extra}\n`);
    const original = readFileSync(file, 'utf8');
    const stop = path.join(tree, 'stop');
    // A second process appends a numbered line every 5 ms until told to stop (an editor saving, in effect).
    const writer = spawn(process.execPath, [
      '-e',
      `const fs = require('fs'); let n = 0;
       const tick = () => { if (fs.existsSync(${JSON.stringify(stop)})) { console.log(n); return; } fs.appendFileSync(${JSON.stringify(file)}, '// edit ' + n++ + '\\n'); setTimeout(tick, 5); };
       tick();`,
    ]);
    const written = new Promise<number>((resolve) => writer.stdout.on('data', (chunk: Buffer) => resolve(Number(chunk.toString()))));
    const result = await run(tree, ['--workers', '0', 'src/big-export.ts']);
    writeFileSync(stop, '');
    const edits = await written;

    expect(result.exitCode).toBe(4);
    expect(result.summary.skipped).toEqual([{ file: 'src/big-export.ts', error: expect.objectContaining({ code: 'CHANGED_DURING_RUN' }) }]);
    expect(result.stderr).toContain('workiva-sunset: skipped src/big-export.ts: ');
    expect(result.stderr).toContain('changed on disk while it was being migrated; it was left as it is now (run the codemod again)');
    const after = readFileSync(file, 'utf8');
    // Every appended line is there, in order, after the untouched original.
    expect(edits).toBeGreaterThan(0);
    expect(after).toBe(original + Array.from({ length: edits }, (_, i) => `// edit ${i}\n`).join(''));
    expect(readdirSync(path.join(tree, 'src')).filter((name) => name.includes('.tmp'))).toEqual([]);
  }, 60_000);
});

describe('outputs are checked before any file is touched', () => {
  it('a --report path that cannot be written is a usage error (exit 2), nothing is written', async () => {
    const tree = makeTree();
    commitAll(tree);
    const before = snapshot(tree);
    const missing = cli(tree, ['migrate', 'src', '--report', 'no-such-dir/report.md']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--report no-such-dir/report.md: the directory');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    const directory = cli(tree, ['migrate', 'src', '--report', 'src']);
    expect(directory.status).toBe(2);
    expect(directory.stderr).toContain('--report src: exists and is not a regular file');
    expect(snapshot(tree)).toEqual(before);
  }, 120_000);

  it('--wrapper-import must be a module specifier up front', () => {
    for (const bad of ["acme\\", 'acme"', 'a b', '', 'acme/', '@acme/../x//y']) {
      expect(() => parseCommand(['migrate', '--wrapper-import', bad], {}, 0), bad).toThrow(/--wrapper-import must be a module specifier/);
    }
    for (const good of ['workiva-sunset', '@acme/workiva', '@acme/workiva/drop-ins', './lib/workiva.js', '../shared/workiva', '#workiva']) {
      const command = parseCommand(['migrate', '--wrapper-import', good], {}, 0);
      expect(command.kind === 'migrate' && command.options.wrapperImport).toBe(good);
    }
  });
});

describe('--include stays inside the directories given', () => {
  it('refuses a glob that climbs out (exit 2), and the other repository is untouched', () => {
    const tree = makeTree();
    commitAll(tree);
    const other = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-other-'));
    temporaryDirectories.push(other);
    cpSync(LITERAL_INPUT, path.join(other, 'export.ts'));
    const before = readFileSync(path.join(other, 'export.ts'), 'utf8');
    const relative = path.relative(path.join(tree, 'src'), other).split(path.sep).join('/');
    const refused = cli(tree, ['migrate', 'src', '--include', `${relative}/*.ts`]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--include must stay inside the directories given');
    expect(readFileSync(path.join(other, 'export.ts'), 'utf8')).toBe(before);
    expect(() => parseCommand(['migrate', '--include', 'src/**/../../x/*.ts'], {}, 0)).toThrow(/--include must stay inside/);
    expect(() => parseCommand(['migrate', '--include', '/etc/*.ts'], {}, 0)).toThrow(/--include must stay inside/);
  }, 60_000);
});

describe('only regular files are read', () => {
  it('a FIFO named on the command line is a usage error, one met in a directory is passed over; neither hangs', async () => {
    const tree = makeTree();
    mkfifo(path.join(tree, 'src/pipe.ts'));
    const named = cli(tree, ['migrate', '--dry-run', 'src/pipe.ts']);
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('not a regular file or directory: src/pipe.ts');
    const walked = await run(tree, ['--dry-run', '--workers', '0']);
    expect(walked.exitCode).toBe(0);
    expect(walked.summary.filesScanned).toBe(4);
    expect(walked.summary.changedFiles).toHaveLength(3);
  }, 60_000);

  it('the reader itself refuses a FIFO without blocking on it (no writer ever opens it)', async () => {
    const tree = makeTree();
    const fifo = path.join(tree, 'src/pipe.ts');
    mkfifo(fifo);
    await expect(readRegularFile(fifo)).rejects.toMatchObject({ code: 'NOT_A_REGULAR_FILE' });
  });
});

describe('links', () => {
  it('a symbolic link named explicitly is refused with its target; one met in a directory is skipped, its target migrated once', async () => {
    const tree = makeTree();
    const target = path.join(tree, 'src/export-fetch.ts');
    const link = path.join(tree, 'src/link.ts');
    symlinkSync(target, link);
    const targetBefore = readFileSync(target, 'utf8');

    const named = await run(tree, ['--workers', '0', 'src/link.ts']);
    expect(named.exitCode).toBe(3);
    expect(named.summary.skipped).toEqual([{ file: 'src/link.ts', error: expect.objectContaining({ code: 'LINKED_FILE' }) }]);
    expect(named.stderr).toContain(`is a symbolic link to ${target} — migrate that path instead`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(targetBefore);

    const walked = await run(tree, ['--workers', '0', 'src']);
    expect(walked.exitCode).toBe(0);
    expect(walked.summary.changedFiles).toEqual(['src/export-fetch.ts', 'src/jobs/export-axios.ts', 'src/jobs/export-payload.ts']);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(link, 'utf8')).toBe(readFileSync(path.join(fixtures, 'fetch-base-url-template.output.ts'), 'utf8'));
  }, 60_000);

  it('a hard-linked file is refused, and both names keep the same content', async () => {
    const tree = makeTree();
    const file = path.join(tree, 'src/export-fetch.ts');
    const other = path.join(tree, 'hard-link-elsewhere.txt');
    linkSync(file, other);
    const result = await run(tree, ['--workers', '0', 'src/export-fetch.ts']);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('has 2 hard links — copy it to break the links, or migrate it by hand');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(other, 'utf8'));
    expect(lstatSync(file).nlink).toBe(2);
    // Dry runs write nothing, so they still show the change.
    expect((await run(tree, ['--dry-run', 'src/export-fetch.ts'])).summary.changedFiles).toEqual(['src/export-fetch.ts']);
  }, 60_000);
});

describe('bytes the codemod writes', () => {
  it('a marker in a latin1 file is ASCII; the file’s own latin1 bytes are kept', async () => {
    const tree = makeTree();
    const file = path.join(tree, 'src/jobs/export-payload.ts');
    const input = Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from('\n'), readFileSync(file)]);
    writeFileSync(file, input);
    await run(tree, ['--workers', '0']);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([...Buffer.from('// caf'), 0xe9, 0x0a]));
    const rest = bytes.subarray(8);
    expect([...rest].filter((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20) || byte > 0x7e)).toEqual([]);
    expect(rest.toString('latin1')).toContain('/* workiva-sunset: manual migration needed -- headers `yield* authHeaders(token)`');
    // Idempotent: the ASCII marker is recognised as a marker.
    const again = await run(tree, ['--workers', '0']);
    expect(again.summary.changedFiles).toEqual([]);
  }, 60_000);

  it('CR-only line endings: inserted code uses CR and no LF appears', async () => {
    const tree = makeTree();
    const file = path.join(tree, 'src/literal.ts');
    writeFileSync(file, readFileSync(LITERAL_INPUT, 'utf8').replace(/\n/g, '\r'));
    await run(tree, ['--workers', '0', 'src/literal.ts']);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('\n');
    expect(text.replace(/\r/g, '\n')).toBe(readFileSync(path.join(fixtures, 'fetch-literal-url.output.ts'), 'utf8'));
  }, 60_000);
});

describe('exit codes', () => {
  it('an unreadable file (EACCES: file permissions enforced, even as root) is skipped and reported, exit 3; the others are processed', () => {
    const tree = makeTree();
    chmodSync(tree, 0o755);
    chmodSync(path.join(tree, 'src/export-fetch.ts'), 0o000);
    const node = [process.execPath, '--import', tsxLoader, path.join(root, 'codemods/cli.ts'), 'migrate', '--dry-run', '--json', 'src'];
    const [command, ...args] = withFilePermissionsEnforced(node);
    const result = spawnSync(command!, args, { cwd: tree, encoding: 'utf8', env: { ...process.env, HOME: os.tmpdir() } });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('workiva-sunset: skipped src/export-fetch.ts: EACCES: permission denied');
    const report = JSON.parse(result.stdout) as { filesChanged: string[]; filesSkipped: { file: string; error: { code: string } }[] };
    expect(report.filesSkipped).toEqual([{ file: 'src/export-fetch.ts', error: expect.objectContaining({ code: 'EACCES' }) }]);
    expect(report.filesChanged).toEqual(['src/jobs/export-axios.ts', 'src/jobs/export-payload.ts']);
  }, 60_000);

  it('--help lists every exit code', () => {
    const help = cli(makeTree(), ['--help']);
    for (const line of ['1 --check found changes (only)', '2 refused with nothing touched', '3 some files skipped', '4 some files changed on disk during the run', '70 unexpected error']) {
      expect(help.stdout.replace(/\s+/g, ' ')).toContain(line);
    }
  }, 60_000);

  it('an unexpected error is 70 with its stack, never 1', () => {
    const tree = makeTree();
    // A directory where a .gitignore file should be: reading it fails in a way the runner does not expect.
    mkdirSync(path.join(tree, 'src/.gitignore'));
    const crashed = cli(tree, ['migrate', '--dry-run', 'src']);
    expect(crashed.status).toBe(70);
    expect(crashed.stderr).toContain('workiva-sunset: unexpected error (a bug: please report it with this output)');
    expect(crashed.stderr).toContain('EISDIR');
  }, 60_000);
});

describe("git's view of the tree", () => {
  it('.git/info/exclude and the global excludes file are honoured', () => {
    const tree = makeTree();
    commitAll(tree);
    cpSync(LITERAL_INPUT, path.join(tree, 'src/local-only.ts'));
    cpSync(LITERAL_INPUT, path.join(tree, 'src/scratch.ts'));
    writeFileSync(path.join(tree, '.git/info/exclude'), 'src/local-only.ts\n');
    const globalExcludes = path.join(tree, '.git/global-excludes');
    writeFileSync(globalExcludes, 'scratch.ts\n');
    const globalConfig = path.join(tree, '.git/global-config');
    writeFileSync(globalConfig, `[core]\n\texcludesFile = ${globalExcludes}\n`);
    const result = cli(tree, ['migrate', '--json', '--dry-run', 'src'], { GIT_CONFIG_GLOBAL: globalConfig });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { filesChanged: string[] }).filesChanged).toEqual(['src/export-fetch.ts', 'src/jobs/export-axios.ts', 'src/jobs/export-payload.ts']);
  }, 60_000);

  it('a nested repository is left out (and said so) unless named as a path, which gets its own dirty-tree check', () => {
    const tree = makeTree();
    const nested = path.join(tree, 'vendor/lib');
    mkdirSync(nested, { recursive: true });
    cpSync(LITERAL_INPUT, path.join(nested, 'export.ts'));
    commitAll(nested);
    commitAll(tree);
    const before = readFileSync(path.join(nested, 'export.ts'), 'utf8');
    const outer = cli(tree, ['migrate', '.']);
    expect(outer.status).toBe(0);
    expect(outer.stderr).toContain('workiva-sunset: left out the nested git repository vendor/lib (name it as a path to migrate it)');
    expect(outer.stderr).toContain('3 file(s) changed');
    expect(readFileSync(path.join(nested, 'export.ts'), 'utf8')).toBe(before);

    writeFileSync(path.join(nested, 'notes.ts'), 'export const draft = 1;\n');
    const dirty = cli(tree, ['migrate', 'vendor/lib']);
    expect(dirty.status).toBe(2);
    expect(dirty.stderr).toContain(`Refusing to write: the git working tree at ${nested} has uncommitted changes`);
    expect(readFileSync(path.join(nested, 'export.ts'), 'utf8')).toBe(before);
  }, 120_000);
});
