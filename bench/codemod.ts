// `npm run bench:codemod`: how fast is `workiva-sunset migrate` on a large tree, against the floor
// (`grep -rl prototype`) and the naive approach (the whole tree in one ts-morph Project)?
// Generates ≥ 10,000 files (1 % with export calls) in os.tmpdir(), measures the three in child
// processes (time and peak RSS), prints files/s, memory and the ratios, then removes the tree.
// Then the PR-check case with the built bin (as installed): `migrate --check` on an empty directory,
// on 10,000 files with no candidate (vs grep), and with 1 % candidates (vs grep + parsing only the
// candidates with typescript-estree and ts-morph, also with one TypeScript shared by both), against
// Node alone walking and reading the same tree, medians of several runs; and the ESLint plugin's import time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const FILES = Number(process.env['BENCH_FILES'] ?? 10_000);
const WITH_CALLS_EVERY = 100; // 1 %
const DIRECTORIES = 100;

interface Measurement {
  readonly label: string;
  readonly seconds: number;
  readonly maxRssMb: number;
  readonly output: string;
}

function generateTree(directory: string): { withCalls: number } {
  const fixtures = path.join(root, 'codemods/__testfixtures__');
  const callSources = readdirSync(fixtures)
    .filter((name) => name.endsWith('.input.ts') && !/imported|replace|multiline|own-helper/.test(name))
    .map((name) => readFileSync(path.join(fixtures, name), 'utf8'));
  let withCalls = 0;
  for (let i = 0; i < FILES; i++) {
    const folder = path.join(directory, 'src', `module-${i % DIRECTORIES}`);
    if (i < DIRECTORIES) mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `file-${i}.ts`);
    if (i % WITH_CALLS_EVERY === 0) {
      writeFileSync(file, callSources[withCalls++ % callSources.length]!);
    } else {
      writeFileSync(file, fillerSource(i));
    }
  }
  return { withCalls };
}

/** An ordinary service module: imports, types, a few functions, an unrelated fetch. */
function fillerSource(i: number): string {
  return `// Generated module ${i}: ordinary application code with no deprecated endpoint.
import { createHash } from 'node:crypto';

export interface Record${i} {
  id: string;
  name: string;
  createdAt: Date;
  tags: string[];
}

const API = process.env.SERVICE_${i % 7}_URL ?? 'https://service.example.com';

export function digest${i}(record: Record${i}): string {
  return createHash('sha256').update(record.id + record.name).digest('hex');
}

export async function load${i}(id: string, token: string): Promise<Record${i}> {
  const response = await fetch(\`\${API}/v2/records/\${encodeURIComponent(id)}\`, { headers: { Authorization: \`Bearer \${token}\` } });
  if (!response.ok) throw new Error(\`load failed: \${response.status}\`);
  const body = (await response.json()) as { id: string; name: string; createdAt: string; tags?: string[] };
  return { id: body.id, name: body.name, createdAt: new Date(body.createdAt), tags: body.tags ?? [] };
}

export function summarize${i}(records: readonly Record${i}[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of records) for (const tag of record.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return counts;
}
`;
}

/** Runs a command under /usr/bin/time (when present) for its wall time and peak RSS. */
function measure(label: string, command: string, args: readonly string[], cwd: string): Measurement {
  const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
  const started = process.hrtime.bigint();
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '__MAXRSS_KB__ %M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, [...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /__MAXRSS_KB__ (\d+)/.exec(result.stderr ?? '');
  if (result.status !== 0 && label !== 'grep -rl prototype') {
    throw new Error(`${label} failed (${result.status}): ${result.stderr?.slice(-2000)}`);
  }
  return { label, seconds, maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, output: result.stdout };
}

const TS_MORPH = pathToFileURL(createRequire(import.meta.url).resolve('ts-morph')).href;
const NAIVE_SCRIPT = `
import tsMorph from '${TS_MORPH}';
const { Project } = tsMorph;
const [directory, mode] = process.argv.slice(2);
const project = new Project({ skipAddingFilesFromTsConfig: true, compilerOptions: { strict: true, skipLibCheck: true, noEmit: true, types: [] } });
const files = project.addSourceFilesAtPaths(directory + '/**/*.ts');
let diagnostics = 0;
if (mode === 'typecheck') diagnostics = project.getPreEmitDiagnostics().length;
else for (const file of files) file.getDescendantStatements();
console.log(JSON.stringify({ files: files.length, diagnostics }));
`;

const BUILT_CLI = path.join(root, 'dist/codemods/cli.js');
const REPEATS = Number(process.env['BENCH_REPEATS'] ?? 5);

/** The installed package runs from dist and resolves the runtime to its build, not to the sources. */
function builtEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NODE_OPTIONS'];
  return env;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Timing {
  /** Median wall time, seconds. */
  readonly wall: number;
  /** Median user + system CPU time, seconds: far steadier than wall time on a shared machine. */
  readonly cpu: number;
}

/** Median wall and CPU time of a command over REPEATS runs (after one warm-up run for the file cache). */
function medianSeconds(command: string, args: readonly string[], cwd: string, accept: (status: number | null) => boolean = (status) => status === 0): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let run = 0; run <= REPEATS; run++) {
    const started = process.hrtime.bigint();
    const result = spawnSync('/usr/bin/time', ['-f', '__CPU__ %U %S', command, ...args], { cwd, encoding: 'utf8', env: builtEnvironment(), maxBuffer: 1 << 30 });
    if (!accept(result.status)) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-1000)}`);
    const cpu = /__CPU__ ([\d.]+) ([\d.]+)/.exec(result.stderr);
    if (run === 0) continue;
    walls.push(Number(process.hrtime.bigint() - started) / 1e9);
    cpus.push(cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

// The floor for candidate files: both parsers the codemod needs, loaded once, each candidate parsed
// once by each — typescript-estree for the shared matcher (the rule's parser), ts-morph for the rewrite.
const TS_ESTREE = pathToFileURL(createRequire(import.meta.url).resolve('@typescript-eslint/typescript-estree')).href;
const PARSE_CANDIDATES_SCRIPT = `
import tsMorph from '${TS_MORPH}';
import { parse } from '${TS_ESTREE}';
import { readFileSync } from 'node:fs';
const project = new tsMorph.Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true, compilerOptions: { allowJs: true } });
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  parse(text, { range: true, loc: true, comment: true, jsx: false });
  project.createSourceFile('/' + file.split('/').pop(), text, { overwrite: true }).getDescendantStatements();
}
`;

// The same floor with one TypeScript, as the codemod loads it (codemods/runner/one-typescript.ts):
// typescript-estree given ts-morph's bundled compiler, so the floor does not pay for two.
const TS_ESTREE_TYPESCRIPT = createRequire(createRequire(import.meta.url).resolve('@typescript-eslint/typescript-estree')).resolve('typescript');
const PARSE_CANDIDATES_ONE_TS_SCRIPT = `
import tsMorph from '${TS_MORPH}';
import Module, { createRequire } from 'node:module';
const preset = new Module(${JSON.stringify(TS_ESTREE_TYPESCRIPT)});
preset.exports = tsMorph.ts;
preset.loaded = true;
createRequire(import.meta.url).cache[${JSON.stringify(TS_ESTREE_TYPESCRIPT)}] = preset;
const { parse } = await import('${TS_ESTREE}');
import { readFileSync } from 'node:fs';
const project = new tsMorph.Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true, compilerOptions: { allowJs: true } });
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  parse(text, { range: true, loc: true, comment: true, jsx: false });
  project.createSourceFile('/' + file.split('/').pop(), text, { overwrite: true }).getDescendantStatements();
}
`;

// What Node alone costs for a no-candidate check: walk the tree, read every file, look for the keyword.
const NODE_WALK_SCRIPT = `
import { readdirSync, readFileSync } from 'node:fs';
let found = 0;
const walk = (directory) => {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = directory + '/' + entry.name;
    if (entry.isDirectory()) walk(full);
    else if (readFileSync(full, 'latin1').indexOf('prototype') !== -1) found++;
  }
};
walk(process.argv[2]);
process.exitCode = found > 0 ? 0 : 1;
`;

function generateQuietTree(directory: string): void {
  for (let i = 0; i < FILES; i++) {
    const folder = path.join(directory, 'src', `module-${i % DIRECTORIES}`);
    if (i < DIRECTORIES) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `file-${i}.ts`), fillerSource(i));
  }
}

/** The PR-check case: the built bin, as `npm i -D @workiva-sunset/tools` installs it, on each Node at hand. */
function prCheckBench(directory: string, treeWithCalls: string): void {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: builtEnvironment() });
  if (build.status !== 0) throw new Error(`npm run build failed: ${build.stderr}`);
  const empty = path.join(directory, 'empty');
  const quiet = path.join(directory, 'quiet');
  mkdirSync(empty);
  generateQuietTree(quiet);
  for (const node of benchNodes()) prCheckTable(node, { directory, empty, quiet, treeWithCalls });
}

/**
 * The Node running the bench, then Node 22 and 24 when `.ci/node-versions` has them (users run those:
 * Node 20 is past its end of life, and newer Nodes start in a fraction of its time).
 * BENCH_NODES=path[,path…] chooses.
 */
function benchNodes(): string[] {
  const chosen = process.env['BENCH_NODES'];
  if (chosen) return chosen.split(',').filter(Boolean);
  const installed = ['node22', 'node24'].map((name) => path.join(root, '.ci/node-versions/node_modules', name, 'bin/node')).filter((file) => existsSync(file));
  return [process.execPath, ...installed];
}

interface PrCheckTrees {
  readonly directory: string;
  readonly empty: string;
  readonly quiet: string;
  readonly treeWithCalls: string;
}

function prCheckTable(node: string, { directory, empty, quiet, treeWithCalls }: PrCheckTrees): void {
  const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\n## PR checks with the built bin on Node ${version} (median of ${REPEATS} runs each)\n`);
  const check = (tree: string) => medianSeconds(node, [BUILT_CLI, 'migrate', '--check', tree], root, (status) => status === 0 || status === 1);
  // A first run fills Node's compile cache (Node ≥ 22.1), as the previous push's check would have.
  check(empty);
  const nodeAlone = medianSeconds(node, ['-e', '0'], root);
  const emptyRun = check(empty);
  const grepQuiet = medianSeconds('grep', ['-rl', 'prototype', quiet], root, (status) => status === 1);
  const checkQuiet = check(quiet);
  const nodeWalkScript = path.join(directory, 'node-walk.mjs');
  writeFileSync(nodeWalkScript, NODE_WALK_SCRIPT);
  const nodeWalkQuiet = medianSeconds(node, [nodeWalkScript, quiet], root, (status) => status === 1);
  const grepCalls = medianSeconds('grep', ['-rl', 'prototype', treeWithCalls], root);
  const candidates = spawnSync('grep', ['-rl', 'prototype', treeWithCalls], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  const parseScript = path.join(directory, 'parse-candidates.mjs');
  writeFileSync(parseScript, PARSE_CANDIDATES_SCRIPT);
  const parseCandidates = medianSeconds(node, [parseScript, ...candidates], root);
  const floor: Timing = { wall: grepCalls.wall + parseCandidates.wall, cpu: grepCalls.cpu + parseCandidates.cpu };
  const parseOneTsScript = path.join(directory, 'parse-candidates-one-ts.mjs');
  writeFileSync(parseOneTsScript, PARSE_CANDIDATES_ONE_TS_SCRIPT);
  const parseCandidatesOneTs = medianSeconds(node, [parseOneTsScript, ...candidates], root);
  const floorOneTs: Timing = { wall: grepCalls.wall + parseCandidatesOneTs.wall, cpu: grepCalls.cpu + parseCandidatesOneTs.cpu };
  const checkCalls = check(treeWithCalls);
  const row = (label: string, ours: Timing, baselineLabel: string, baseline: Timing, target: string) =>
    console.log(
      `| ${label} | ${ours.wall.toFixed(3)} / ${ours.cpu.toFixed(2)} | ${baselineLabel} | ${baseline.wall.toFixed(3)} / ${baseline.cpu.toFixed(2)} | ` +
        `${(ours.wall / baseline.wall).toFixed(2)}× / ${(ours.cpu / Math.max(baseline.cpu, 0.01)).toFixed(2)}× | ${target} |`,
    );
  console.log('| case | wall / CPU (s) | baseline | wall / CPU (s) | ratio wall / CPU | target |');
  console.log('|---|---:|---|---:|---:|---:|');
  row('migrate --check, empty directory', emptyRun, 'node -e 0', nodeAlone, '–');
  row(`migrate --check, ${FILES} files, no candidate`, checkQuiet, 'grep -rl', grepQuiet, '≤ 4×');
  row(`migrate --check, ${FILES} files, no candidate`, checkQuiet, 'node: walk, read, indexOf', nodeWalkQuiet, '–');
  row(`node: walk, read, indexOf, ${FILES} files`, nodeWalkQuiet, 'grep -rl', grepQuiet, '–');
  row(`migrate --check, ${FILES} files, ${candidates.length} candidates`, checkCalls, 'grep -rl + parse of the candidates (typescript-estree and ts-morph)', floor, '≤ 1.5×');
  row(`migrate --check, ${FILES} files, ${candidates.length} candidates`, checkCalls, 'the same floor with one TypeScript (estree on ts-morph\'s)', floorOneTs, '–');
  console.log('(CPU time has a 10 ms resolution: a CPU ratio against grep on a small tree is coarse.)');

  const importTime = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/rules/index.js')).href)}); console.log(performance.now() - t);`;
  const loads: number[] = [];
  for (let run = 0; run <= REPEATS; run++) {
    const result = spawnSync(node, ['--input-type=module', '-e', importTime], { cwd: root, encoding: 'utf8', env: builtEnvironment() });
    if (run > 0) loads.push(Number(result.stdout.trim()));
  }
  console.log(`\nESLint plugin import (dist/rules/index.js): ${median(loads).toFixed(0)} ms (median of ${REPEATS})`);
}

function main(): void {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-bench-'));
  try {
    const tree = path.join(directory, 'tree');
    const generatedAt = Date.now();
    const { withCalls } = generateTree(tree);
    console.log(`Generated ${FILES} files (${withCalls} with export calls) in ${((Date.now() - generatedAt) / 1000).toFixed(1)} s under ${tree}`);
    console.log(`Cores: ${os.availableParallelism()}, Node ${process.version}\n`);
    // BENCH_ONLY=pr-check: only the built-bin PR-check figures (a minute instead of several).
    if (process.env['BENCH_ONLY'] === 'pr-check') return prCheckBench(directory, tree);

    const grep = measure('grep -rl prototype', 'grep', ['-rl', 'prototype', tree], root);
    const migrate = measure('workiva-sunset migrate --dry-run --json', process.execPath, ['--import', 'tsx', path.join(root, 'codemods/cli.ts'), 'migrate', tree, '--dry-run', '--json'], root);
    const report = JSON.parse(migrate.output) as { totals: { filesScanned: number; filesParsed: number; filesChanged: number; sitesRewritten: number; sitesManual: number } };
    const naiveScript = path.join(directory, 'naive.mts');
    writeFileSync(naiveScript, NAIVE_SCRIPT);
    const naiveArgs = (mode: string) => ['--import', 'tsx', naiveScript, tree, mode];
    const naiveParse = measure('one ts-morph Project, parse all', process.execPath, naiveArgs('parse'), root);
    const naiveCheck = measure('one ts-morph Project, getPreEmitDiagnostics', process.execPath, naiveArgs('typecheck'), root);

    const rows = [grep, migrate, naiveParse, naiveCheck];
    console.log('| approach | time (s) | files/s | peak RSS (MB) | time vs grep | time vs naive (parse) | time vs naive (type-check) |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) {
      console.log(
        `| ${row.label} | ${row.seconds.toFixed(2)} | ${Math.round(FILES / row.seconds)} | ${row.maxRssMb.toFixed(0)} | ` +
          `${(row.seconds / grep.seconds).toFixed(1)}× | ${(row.seconds / naiveParse.seconds).toFixed(2)}× | ${(row.seconds / naiveCheck.seconds).toFixed(2)}× |`,
      );
    }
    console.log(
      `\nmigrate: ${report.totals.filesScanned} scanned, ${report.totals.filesParsed} parsed after the pre-filter, ${report.totals.filesChanged} would change, ` +
        `${report.totals.sitesRewritten} sites rewritten, ${report.totals.sitesManual} manual`,
    );
    console.log(`grep found ${grep.output.split('\n').filter(Boolean).length} files mentioning "prototype"`);
    console.log(`memory: migrate uses ${(migrate.maxRssMb / naiveParse.maxRssMb).toFixed(2)}× the naive parse's peak RSS, ${(migrate.maxRssMb / naiveCheck.maxRssMb).toFixed(2)}× the naive type-check's`);
    prCheckBench(directory, tree);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

main();
