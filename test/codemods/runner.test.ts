// The migrate runner end to end on temporary trees: output modes, reports, safety rules, sharding,
// encodings and workers. Runs the runner in-process, and the CLI as a child process for exit codes.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../codemods/runner/options.js';
import { inShard } from '../../codemods/runner/shard.js';
import { cli, fixtures, git, makeTree, removeTemporaryDirectories, root, run, snapshot, temporaryDirectories } from './helpers.js';

afterEach(removeTemporaryDirectories);

describe('migrate runner', () => {
  it('--dry-run prints a unified diff and writes nothing', async () => {
    const tree = makeTree();
    const before = snapshot(tree);
    const result = await run(tree, ['--dry-run', '--workers', '0']);
    expect(result.exitCode).toBe(0);
    expect(snapshot(tree)).toEqual(before);
    expect(result.stdout).toContain('--- a/src/export-fetch.ts\n+++ b/src/export-fetch.ts\n');
    expect(result.stdout).toContain('+  const res = await exportSampleAttachmentAsFetchResponse(');
    expect(result.stdout).toContain("+import { exportSampleAttachmentAsFetchResponse } from 'workiva-sunset';");
    expect(result.stdout).toContain('+  /* workiva-sunset: manual migration needed — headers `yield* authHeaders(token)` are not an object literal the codemod can read; and the call contains `yield`, which cannot move into a routed arrow function; until then @workiva-sunset/safety-net routes it at run time */');
    expect(result.stdout).not.toContain('unrelated.ts');
    expect(result.stderr).toMatch(/3 file\(s\) would change, 2 site\(s\) rewritten, 1 need manual migration, 0 file\(s\) skipped with errors \(4 scanned, 3 parsed\)/);
  });

  it('writes the migration, and a second run changes nothing', async () => {
    const tree = makeTree();
    const first = await run(tree, ['--workers', '0']);
    expect(first.exitCode).toBe(0);
    expect(first.summary.changedFiles).toEqual(['src/export-fetch.ts', 'src/jobs/export-axios.ts', 'src/jobs/export-payload.ts']);
    expect(readFileSync(path.join(tree, 'src/export-fetch.ts'), 'utf8')).toBe(readFileSync(path.join(fixtures, 'fetch-base-url-template.output.ts'), 'utf8'));
    const after = snapshot(tree);
    const second = await run(tree, ['--workers', '0']);
    expect(second.summary.changedFiles).toEqual([]);
    expect(second.summary.manual).toHaveLength(1);
    expect(second.summary.manual[0]?.site.markerAdded).toBe(false);
    expect(snapshot(tree)).toEqual(after);
  });

  it('--check exits 1 while something would change, 0 once migrated, and writes nothing', async () => {
    const tree = makeTree();
    const before = snapshot(tree);
    expect((await run(tree, ['--check'])).exitCode).toBe(1);
    expect(snapshot(tree)).toEqual(before);
    await run(tree, []);
    expect((await run(tree, ['--check'])).exitCode).toBe(0);
  });

  it('marks a path whose sending call was not identified where it is built, once, and rewrites the send it can find', async () => {
    const tree = path.join(temporaryDirectories[temporaryDirectories.push(makeTree()) - 1]!, 'unsent');
    cpSync(path.join(root, 'test/fixtures/rules/unsent'), path.join(tree, 'src'), { recursive: true });
    writeFileSync(path.join(tree, 'package.json'), '{ "name": "unsent", "private": true }\n');
    const first = await run(tree, ['--workers', '0']);
    expect(first.exitCode).toBe(0);
    // client.ts sends the route table's export route (rewritten); resource.ts's getter is read by a mixin as this.exportUrl.
    expect(first.summary.changedFiles).toEqual(['src/client.ts', 'src/resource.ts']);
    expect(first.summary.manual.map(({ file, site }) => `${file}:${site.line}: ${site.reason}`)).toEqual([
      'src/resource.ts:15: this builds the deprecated path, handed on as the getter `exportUrl`; the call that sends it was not identified: migrate that call',
    ]);
    const resource = readFileSync(path.join(tree, 'src/resource.ts'), 'utf8').split('\n');
    expect(resource[14]).toMatch(/^ {4}\/\* workiva-sunset: manual migration needed — this builds the deprecated path/);
    expect(resource[15]).toBe('    return `${this.selfUrl}/export`;');
    const after = snapshot(tree);
    const second = await run(tree, ['--workers', '0']);
    expect(second.summary.changedFiles).toEqual([]);
    expect(second.summary.manual.map(({ site }) => site.markerAdded)).toEqual([false]);
    expect(snapshot(tree)).toEqual(after);
  });

  it('--json reports files, rewritten and manual sites, skipped files and totals', async () => {
    const tree = makeTree();
    writeFileSync(path.join(tree, 'src/broken.ts'), 'fetch(`https://x/prototype/platform/audits/${a}/procedures/${b}/matrices/${c}/samples/${d}/attachments/${e}/export`, {\n');
    const result = await run(tree, ['--json', '--dry-run']);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      reportVersion: 1,
      tool: { name: 'workiva-sunset', version: '0.0.0-test' },
      mode: 'dry-run',
      filesChanged: ['src/export-fetch.ts', 'src/jobs/export-axios.ts', 'src/jobs/export-payload.ts'],
      sitesRewritten: [
        { location: 'src/export-fetch.ts:10', file: 'src/export-fetch.ts', line: 10, entry: 'audit-sample-attachment-export', client: 'fetch', wrapper: 'exportSampleAttachmentAsFetchResponse' },
        { location: 'src/jobs/export-axios.ts:7', line: 7, client: 'axios', wrapper: 'exportSampleAttachmentAsAxiosResponse' },
      ],
      sitesManual: [{ location: 'src/jobs/export-payload.ts:9', client: 'fetch', reason: 'headers `yield* authHeaders(token)` are not an object literal the codemod can read; and the call contains `yield`, which cannot move into a routed arrow function', markerAdded: true }],
      filesSkipped: [{ file: 'src/broken.ts', error: { code: 'MATCHER_PARSE_ERROR' } }],
      totals: { filesScanned: 5, filesParsed: 4, filesChanged: 3, sitesRewritten: 2, sitesManual: 1, filesSkipped: 1 },
    });
    expect(result.exitCode).toBe(3);
  });

  it('--report writes a markdown report with sites per directory and the days to the sunset', async () => {
    const tree = makeTree();
    const result = await run(tree, ['--dry-run', '--report', 'migration.md', '--today', '2026-11-28']);
    expect(result.exitCode).toBe(0);
    const report = readFileSync(path.join(tree, 'migration.md'), 'utf8');
    expect(report).toContain('# Workiva sunset migration report');
    expect(report).toContain('sunset 2027-01-31 — **64 days** to the sunset (counted from 2026-11-28)');
    expect(report).toContain('| `src` | 1 | 0 |');
    expect(report).toContain('| `src/jobs` | 1 | 1 |');
    expect(report).toContain('- `src/jobs/export-payload.ts:9` (fetch): headers `yield* authHeaders(token)` are not an object literal the codemod can read; and the call contains `yield`, which cannot move into a routed arrow function');
    expect(report).toContain('| sites migrated automatically | 2 |');
  });

  it('counts the days from WORKIVA_SUNSET_TODAY when --today is not given', () => {
    const command = parseCommand(['migrate'], { WORKIVA_SUNSET_TODAY: '2027-02-01' }, 0);
    expect(command.kind === 'migrate' && new Date(command.options.today).toISOString()).toBe('2027-02-01T00:00:00.000Z');
    expect(() => parseCommand(['migrate', '--today', '2027-02-30'], {}, 0)).toThrow(/Not a calendar date/);
  });

  it('honours .gitignore, --ignore and --include, and skips node_modules and dist', async () => {
    const tree = makeTree();
    writeFileSync(path.join(tree, '.gitignore'), 'generated/\n');
    for (const ignored of ['generated', 'node_modules/pkg', 'dist']) {
      mkdirSync(path.join(tree, ignored), { recursive: true });
      cpSync(path.join(fixtures, 'fetch-literal-url.input.ts'), path.join(tree, ignored, 'export.ts'));
    }
    const all = await run(tree, ['--dry-run']);
    expect(all.summary.changedFiles).toEqual(['src/export-fetch.ts', 'src/jobs/export-axios.ts', 'src/jobs/export-payload.ts']);
    const ignored = await run(tree, ['--dry-run', '--ignore', 'src/jobs/**']);
    expect(ignored.summary.changedFiles).toEqual(['src/export-fetch.ts']);
    const included = await run(tree, ['--dry-run', '--include', 'src/jobs/*.ts']);
    expect(included.summary.changedFiles).toEqual(['src/jobs/export-axios.ts', 'src/jobs/export-payload.ts']);
  });

  it('--shard i/n splits the files into a partition', async () => {
    const tree = makeTree();
    for (let i = 0; i < 20; i++) cpSync(path.join(fixtures, 'fetch-literal-url.input.ts'), path.join(tree, `src/copy-${i}.ts`));
    const whole = (await run(tree, ['--dry-run'])).summary.changedFiles;
    const shards = [];
    for (let i = 1; i <= 3; i++) shards.push((await run(tree, ['--dry-run', '--shard', `${i}/3`])).summary.changedFiles);
    expect(shards.flat().sort()).toEqual([...whole].sort());
    expect(new Set(shards.flat()).size).toBe(whole.length);
    expect(shards.every((shard) => shard.length > 0)).toBe(true);
    expect(inShard(path.join(tree, 'src/a.ts'), tree, { index: 1, count: 1 })).toBe(true);
  });

  it('reports a file that does not parse, leaves it untouched and exits 3', async () => {
    const tree = makeTree();
    const broken = 'const url = `https://api.app.wdesk.com/prototype/platform/audits/${a}`;\nfetch(url, { method: "POST" \n';
    writeFileSync(path.join(tree, 'src/broken.ts'), broken);
    const result = await run(tree, []);
    expect(result.exitCode).toBe(3);
    expect(readFileSync(path.join(tree, 'src/broken.ts'), 'utf8')).toBe(broken);
    expect(result.summary.skipped).toEqual([{ file: 'src/broken.ts', error: expect.objectContaining({ code: 'MATCHER_PARSE_ERROR', line: 3 }) }]);
    expect(result.stderr).toContain('workiva-sunset: skipped src/broken.ts:3');
    expect(result.summary.changedFiles).toHaveLength(3);
  });

  it('keeps a BOM, CRLF line endings and the file mode, and leaves no temporary file', async () => {
    const tree = makeTree();
    const file = path.join(tree, 'src/export-fetch.ts');
    const crlf = readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]));
    chmodSync(file, 0o640);
    await run(tree, ['--workers', '0']);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toBe(readFileSync(path.join(fixtures, 'fetch-base-url-template.output.ts'), 'utf8').replace(/\n/g, '\r\n'));
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(path.join(tree, 'src')).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it('gives the same result with worker threads as in a single thread', async () => {
    const single = makeTree();
    const parallel = makeTree();
    for (const tree of [single, parallel]) {
      for (const name of readdirSync(fixtures).filter((n) => n.endsWith('.input.ts') && !n.includes('imported') && !n.includes('replace') && !n.includes('multiline') && !n.includes('own-helper'))) {
        cpSync(path.join(fixtures, name), path.join(tree, 'src', name));
      }
    }
    const one = await run(single, ['--workers', '0', '--json']);
    const many = await run(parallel, ['--workers', '3', '--json']);
    expect(many.stdout).toBe(one.stdout);
    expect(snapshot(parallel)).toEqual(snapshot(single));
    expect(one.summary.rewritten.length).toBeGreaterThan(15);
  });
});

describe('migrate CLI', () => {
  it("prints help and version, and exits 2 on usage errors", () => {
    const tree = makeTree();
    const help = cli(tree, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: workiva-sunset migrate [paths...] [options]');
    expect(cli(tree, ['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
    const usage = cli(tree, ['migrate', '--shard', '4/3']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--shard must be i/n');
    expect(cli(tree, ['frobnicate']).status).toBe(2);
    expect(cli(tree, ['migrate', 'no-such-dir', '--dry-run']).status).toBe(2);
  }, 120_000);

  it('refuses to write into a dirty git tree (exit 2) unless --allow-dirty; dry-run and check are allowed', () => {
    const tree = makeTree();
    git(tree, 'init', '-q');
    git(tree, 'add', '.');
    git(tree, 'commit', '-q', '-m', 'initial');
    writeFileSync(path.join(tree, 'src/unrelated.ts'), 'export const answer = 43;\n');
    const before = snapshot(tree);
    const refused = cli(tree, ['migrate']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Refusing to write: the git working tree');
    expect(refused.stderr).toContain('M src/unrelated.ts');
    expect(snapshot(tree)).toEqual(before);
    expect(cli(tree, ['migrate', '--dry-run']).status).toBe(0);
    expect(cli(tree, ['migrate', '--check']).status).toBe(1);
    const allowed = cli(tree, ['migrate', '--allow-dirty']);
    expect(allowed.status).toBe(0);
    expect(allowed.stderr).toContain('3 file(s) changed');
  }, 120_000);

  it('runs from the built dist, with worker threads', () => {
    const outDir = path.join(root, 'tmp', `dist-test-${process.pid}`);
    temporaryDirectories.push(outDir);
    // The built tools next to a built runtime in their own node_modules, resolved as an install would (no source condition).
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const runtimeDir = path.join(outDir, 'node_modules', 'workiva-sunset');
    const buildRuntime = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'packages/runtime/tsconfig.build.json'), '--outDir', path.join(runtimeDir, 'dist')], { encoding: 'utf8' });
    expect(buildRuntime.stdout + buildRuntime.stderr).toBe('');
    cpSync(path.join(root, 'packages/runtime/package.json'), path.join(runtimeDir, 'package.json'));
    const build = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', outDir, '--customConditions', '@workiva-sunset/source'], { encoding: 'utf8' });
    expect(build.stdout + build.stderr).toBe('');
    const tree = makeTree();
    for (let i = 0; i < 6; i++) cpSync(path.join(fixtures, 'fetch-literal-url.input.ts'), path.join(tree, `src/copy-${i}.ts`));
    const installedEnv: NodeJS.ProcessEnv = { ...process.env };
    delete installedEnv['NODE_OPTIONS'];
    const built = spawnSync(process.execPath, [path.join(outDir, 'codemods/cli.js'), 'migrate', '--dry-run', '--json', '--workers', '2'], { cwd: tree, encoding: 'utf8', env: installedEnv });
    expect(built.stderr).not.toMatch(/Error/);
    expect(built.status).toBe(0);
    const fromSource = cli(tree, ['migrate', '--dry-run', '--json', '--workers', '2']);
    const strip = (json: string) => ({ ...(JSON.parse(json) as object), tool: null });
    expect(strip(built.stdout)).toEqual(strip(fromSource.stdout));
    expect((JSON.parse(built.stdout) as { totals: { sitesRewritten: number } }).totals.sitesRewritten).toBe(8);
  }, 120_000);
});
