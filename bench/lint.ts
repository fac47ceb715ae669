// `npm run bench:lint`: what `no-deprecated-endpoint` costs on a large codebase. Generates a seeded
// tree of TypeScript files (about 1 % with planted deprecated calls in assorted styles, some decoys),
// lints it through the ESLint class with the TypeScript parser and no type information, with
// (a) no rules, (b) a `no-restricted-syntax` URL regex, (c) our rule; prints medians and ratios.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint, type Linter } from 'eslint';
import workivaSunset from '../rules/index.js';

const SEED = 20270131;
const FILE_COUNT = Number(process.env.BENCH_LINT_FILES ?? 5000);
const REPEATS = Number(process.env.BENCH_LINT_REPEATS ?? 3);
const PLANT_EVERY = 100; // ~1 % of files
const DECOY_EVERY = 67; // ~1.5 % of files mention the path without calling it
export const ROOT = path.join(os.tmpdir(), `workiva-sunset-bench-lint-${SEED}`);

/** mulberry32: a small deterministic PRNG, so every run lints the same tree. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = createRandom(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const IDS = '${ref.auditId}/procedures/${ref.procedureId}/matrices/${ref.matrixId}/samples/${ref.sampleId}/attachments/${ref.attachmentId}';
const TEMPLATE_PATH = `/prototype/platform/audits/${IDS}/export`;

/** Each planted style sends exactly one request to the deprecated export. */
const PLANTED: readonly ((n: number) => string)[] = [
  () => `export const run = (ref: Ref) => fetch('https://api.app.wdesk.com/prototype/platform/audits/a1/procedures/p1/matrices/m1/samples/s1/attachments/f1/export', { method: 'POST' });`,
  () => `export const run = (ref: Ref) => fetch(\`\${WORKIVA_API}${TEMPLATE_PATH}\`, { method: 'POST', body: '{"format":"pdf"}' });`,
  () =>
    `export const run = (ref: Ref) =>\n  fetch(\n    \`\${WORKIVA_API}/prototype/platform/audits/\${ref.auditId}/procedures/\${ref.procedureId}\` +\n      \`/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`,\n    { method: 'POST' },\n  );`,
  () =>
    `export const run = (ref: Ref) => fetch(WORKIVA_API + '/prototype/platform/audits/' + ref.auditId + '/procedures/' + ref.procedureId + '/matrices/' + ref.matrixId + '/samples/' + ref.sampleId + '/attachments/' + ref.attachmentId + '/export', { method: 'POST' });`,
  () =>
    `const ROUTE = '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export';\nexport const run = (ref: Ref) => axios.post(WORKIVA_API + ROUTE.replace(':auditId', ref.auditId).replace(':procedureId', ref.procedureId).replace(':matrixId', ref.matrixId).replace(':sampleId', ref.sampleId).replace(':attachmentId', ref.attachmentId), { format: 'pdf' });`,
  () =>
    `import { SAMPLE_ATTACHMENT_EXPORT } from '../routes.js';\nexport const run = (ref: Ref) => fetch(WORKIVA_API + SAMPLE_ATTACHMENT_EXPORT.replace(':auditId', ref.auditId).replace(':procedureId', ref.procedureId).replace(':matrixId', ref.matrixId).replace(':sampleId', ref.sampleId).replace(':attachmentId', encodeURIComponent(ref.attachmentId)), { method: 'POST' });`,
  () => `function exportUrl(ref: Ref): string {\n  return \`\${WORKIVA_API}${TEMPLATE_PATH}\`;\n}\nexport const run = (ref: Ref) => fetch(exportUrl(ref), { method: 'POST' });`,
  () =>
    `const workiva = axios.create({ baseURL: \`\${WORKIVA_API}/prototype/platform\` });\nexport const run = (ref: Ref) => workiva.post(\`/audits/${IDS}/export\`, { format: 'pdf' });`,
  () => `import got from 'got';\nexport const run = (ref: Ref) => got.post(\`\${WORKIVA_API}${TEMPLATE_PATH}\`, { json: { format: 'pdf' } });`,
  () => `import ky from 'ky';\nexport const run = (ref: Ref) => ky.post(\`\${WORKIVA_API}${TEMPLATE_PATH}\`, { json: { format: 'pdf' } });`,
  () => `import superagent from 'superagent';\nexport const run = (ref: Ref) => superagent.post(\`\${WORKIVA_API}${TEMPLATE_PATH}\`).send({ format: 'pdf' });`,
  () =>
    `export const run = (ref: Ref) => fetch([WORKIVA_API, 'prototype', 'platform', 'audits', ref.auditId, 'procedures', ref.procedureId, 'matrices', ref.matrixId, 'samples', ref.sampleId, 'attachments', ref.attachmentId, 'export'].join('/'), { method: 'POST' });`,
  () => `export const run = (ref: Ref) => fetch(new URL(\`${TEMPLATE_PATH}\`, WORKIVA_API), { method: 'POST' });`,
  () => `export const run = (ref: Ref) => axios({ method: 'post', url: \`\${WORKIVA_API}${TEMPLATE_PATH}\`, data: { format: 'pdf' } });`,
  () => `import { request } from 'undici';\nexport const run = (ref: Ref) => request(\`\${WORKIVA_API}${TEMPLATE_PATH}\`, { method: 'POST', body: '{"format":"pdf"}' });`,
];

/** Text that mentions the deprecated path without sending it: (b) flags these, (c) must not. */
const DECOYS: readonly string[] = [
  `export const note = () => console.log(\`POST \${WORKIVA_API}/prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export was replaced\`);`,
  `export const successor = (ref: Ref, phase: string) => fetch(\`\${WORKIVA_API}/testForms/\${ref.auditId}/testPhases/\${phase}/matrices/\${ref.matrixId}/samples/\${ref.sampleId}/attachments/\${ref.attachmentId}/export\`, { method: 'POST' });`,
  `export const metadata = (ref: Ref) => fetch(\`\${WORKIVA_API}/prototype/platform/audits/${IDS}\`);`,
  `export const ROUTE_DOC = 'POST /prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export';`,
];

const NOUNS = ['user', 'invoice', 'order', 'ledger', 'report', 'account', 'payment', 'shipment', 'vendor', 'contract', 'asset', 'budget'];

function ordinaryModule(index: number, dir: string, siblings: readonly string[]): string {
  const noun = pick(NOUNS);
  const Type = noun[0]!.toUpperCase() + noun.slice(1);
  const lines: string[] = [`// ${Type} service #${index}: generated for the lint benchmark.`];
  if (siblings.length > 0) lines.push(`import { helper${siblings.length - 1} } from './${siblings[siblings.length - 1]}.js';`);
  if (random() < 0.3) lines.push(`import axios from 'axios';`);
  lines.push(
    `import type { Ref } from '../types.js';`,
    `import { WORKIVA_API } from '../config.js';`,
    '',
    `export interface ${Type}${index} {`,
    `  id: string;`,
    `  name: string;`,
    `  amount: number;`,
    `  tags: readonly string[];`,
    `  createdAt: Date;`,
    `}`,
    '',
    `export function helper${siblings.length}(items: readonly ${Type}${index}[]): number {`,
    `  let total = 0;`,
    `  for (const item of items) {`,
    `    if (item.tags.includes('${noun}')) total += item.amount * ${1 + Math.floor(random() * 9)};`,
    `    else total -= Math.round(item.amount / ${2 + Math.floor(random() * 5)});`,
    `  }`,
    `  return total;`,
    `}`,
    '',
    `export class ${Type}Store${index} {`,
    `  readonly #items = new Map<string, ${Type}${index}>();`,
    `  add(item: ${Type}${index}): void {`,
    `    this.#items.set(item.id, { ...item, name: item.name.trim() });`,
    `  }`,
    `  find(predicate: (item: ${Type}${index}) => boolean): ${Type}${index} | undefined {`,
    `    for (const item of this.#items.values()) if (predicate(item)) return item;`,
    `    return undefined;`,
    `  }`,
    `  get size(): number {`,
    `    return this.#items.size;`,
    `  }`,
    `}`,
  );
  if (random() < 0.25) {
    lines.push('', `export async function load${Type}(id: string, token: string): Promise<${Type}${index}> {`);
    lines.push(`  const res = await fetch(\`https://api.example.com/v2/${noun}s/\${encodeURIComponent(id)}\`, { headers: { Authorization: \`Bearer \${token}\` } });`);
    lines.push(`  if (!res.ok) throw new Error(\`${noun} \${id}: \${res.status}\`);`, `  return (await res.json()) as ${Type}${index};`, `}`);
  }
  if (lines.some((line) => line.startsWith('import axios'))) {
    lines.push('', `export const save${Type} = (item: ${Type}${index}) => axios.post(\`https://api.example.com/v2/${noun}s\`, item, { timeout: 5000 });`);
    lines.push(`export const remove${Type} = (id: string) => axios.delete(\`\${WORKIVA_API}/platform/v1/${noun}s/\${id}\`);`);
  }
  lines.push('', `export const describe${index} = (ref: Ref): string => [ref.auditId, ref.sampleId, '${dir}'].join(':');`);
  return lines.join('\n');
}

interface Tree {
  readonly files: number;
  readonly planted: ReadonlySet<string>;
  readonly decoys: number;
}

export function generateTree(): Tree {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(path.join(ROOT, 'src'), { recursive: true });
  writeFileSync(path.join(ROOT, 'src/types.ts'), 'export interface Ref { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string }\n');
  writeFileSync(path.join(ROOT, 'src/config.ts'), "export const WORKIVA_API = process.env.WORKIVA_API_URL ?? 'https://api.app.wdesk.com';\n");
  writeFileSync(
    path.join(ROOT, 'src/routes.ts'),
    "export const SAMPLE_ATTACHMENT_EXPORT = '/prototype/platform/audits/:auditId/procedures/:procedureId/matrices/:matrixId/samples/:sampleId/attachments/:attachmentId/export';\n",
  );
  const planted = new Set<string>();
  let decoys = 0;
  const perDir = 50;
  for (let index = 0; index < FILE_COUNT - 3; index++) {
    const dir = `module${String(Math.floor(index / perDir)).padStart(3, '0')}`;
    const file = path.join(ROOT, 'src', dir, `file${index % perDir}.ts`);
    if (index % perDir === 0) mkdirSync(path.dirname(file), { recursive: true });
    let text = ordinaryModule(index, dir, index % perDir === 0 ? [] : [`file${(index % perDir) - 1}`]);
    if (index % PLANT_EVERY === 42) {
      const style = PLANTED[(index / PLANT_EVERY) % PLANTED.length | 0]!;
      text = `${style(index)}\n${text.includes("import axios from 'axios';") ? '' : "import axios from 'axios';\n"}${text}`;
      planted.add(file);
    } else if (index % DECOY_EVERY === 13) {
      text += `\n${DECOYS[decoys % DECOYS.length]}\n`;
      decoys++;
    }
    writeFileSync(file, `${text}\n`);
  }
  return { files: FILE_COUNT, planted, decoys };
}

const BASE: Linter.Config = { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } };

const CONFIGS: Record<'a' | 'b' | 'c', { label: string; config: Linter.Config[] }> = {
  a: { label: '(a) parse only, no rules', config: [BASE] },
  b: {
    label: '(b) no-restricted-syntax URL regex',
    config: [
      BASE,
      {
        files: ['**/*.ts'],
        rules: {
          'no-restricted-syntax': [
            'warn',
            { selector: 'Literal[value=/\\/prototype\\/platform\\//]', message: 'Deprecated Workiva prototype endpoint.' },
            { selector: 'TemplateElement[value.raw=/\\/prototype\\/platform\\//]', message: 'Deprecated Workiva prototype endpoint.' },
          ],
        },
      },
    ],
  },
  c: {
    label: '(c) workiva-sunset/no-deprecated-endpoint',
    config: [BASE, { files: ['**/*.ts'], ...(workivaSunset.configs.create({ today: '2026-03-01' }) as Linter.Config) }],
  },
};

const RULE_ID = 'workiva-sunset/no-deprecated-endpoint';

interface Run {
  /** Wall time of the whole lintFiles() call. */
  readonly ms: number;
  /** CPU time of this process during the call (user + system): what another process on the machine does not add. */
  readonly cpuMs: number;
  /** From ESLint's own `stats`: time spent parsing, and in our rule's listeners, summed over files. */
  readonly parseMs: number;
  readonly ruleMs: number;
  readonly reportsByFile: Map<string, number>;
  readonly files: number;
}

async function lintOnce(config: Linter.Config[], patterns: string[] = ['src/**/*.ts'], cwd = ROOT, tolerateParseErrors = false): Promise<Run> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, cache: false, stats: true, errorOnUnmatchedPattern: false });
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const results = await eslint.lintFiles(patterns);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const reportsByFile = new Map<string, number>();
  let parseMs = 0;
  let ruleMs = 0;
  for (const result of results) {
    const fatal = result.messages.find((m) => m.fatal);
    // A real codebase may hold files the TypeScript parser rejects (a rule crash throws instead).
    if (fatal && !tolerateParseErrors) throw new Error(`${result.filePath}:${fatal.line}: ${fatal.message}`);
    const reports = result.messages.filter((m) => !m.fatal);
    if (reports.length > 0) reportsByFile.set(result.filePath, reports.length);
    if (tolerateParseErrors) for (const m of reports) realReports.push(`${path.relative(cwd, result.filePath)}:${m.line}: ${m.ruleId}: ${m.message.slice(0, 160)}`);
    if (fatal) parseFailures.add(result.filePath);
    for (const pass of result.stats?.times.passes ?? []) {
      parseMs += pass.parse?.total ?? 0;
      ruleMs += pass.rules?.[RULE_ID]?.total ?? 0;
    }
  }
  return { ms, cpuMs, parseMs, ruleMs, reportsByFile, files: results.length };
}

/** Filled by lintOnce on real codebases: every report, to be read, and the files the parser rejected. */
const realReports: string[] = [];
const parseFailures = new Set<string>();

const REAL_FILES = '**/*.{ts,tsx,mts,cts}';
const REAL_IGNORES: Linter.Config = { ignores: ['**/node_modules/**', '**/*.d.ts', '**/dist/**', '**/build/**'] };

/** The same three configurations for a real codebase: every TypeScript file, the same rules. */
function realConfig(key: 'a' | 'b' | 'c'): Linter.Config[] {
  return [REAL_IGNORES, ...CONFIGS[key].config.map((config) => ({ ...config, files: [REAL_FILES] }))];
}

/**
 * BENCH_LINT_REAL=dir[,dir…]: the same side-by-side measurement on real codebases (brought next to
 * the repository, never into it). Prints the ratios, every report of (c) to be read, and parse failures.
 */
async function benchRealCodebase(directory: string): Promise<void> {
  const cwd = path.resolve(directory);
  realReports.length = 0;
  await lintOnce(realConfig('c'), [REAL_FILES], cwd, true); // warm-up: sibling caches, JIT
  const times: Record<'a' | 'b' | 'c', number[]> = { a: [], b: [], c: [] };
  const cpuTimes: Record<'a' | 'b' | 'c', number[]> = { a: [], b: [], c: [] };
  const ruleShare: number[] = [];
  let files = 0;
  const orders = [['a', 'b', 'c'], ['b', 'c', 'a'], ['c', 'a', 'b']] as const;
  for (let round = 0; round < REPEATS; round++) {
    for (const key of orders[round % orders.length]!) {
      realReports.length = 0;
      parseFailures.clear();
      const run = await lintOnce(realConfig(key), [REAL_FILES], cwd, true);
      times[key].push(run.ms);
      cpuTimes[key].push(run.cpuMs);
      files = run.files;
      if (key === 'c') ruleShare.push(run.ruleMs / run.parseMs);
    }
  }
  const [a, b, c] = [median(times.a), median(times.b), median(times.c)];
  console.log(`\n## ${path.basename(cwd)} (${files} files, ${parseFailures.size} the parser rejects)`);
  for (const key of ['a', 'b', 'c'] as const) console.log(`${CONFIGS[key].label.padEnd(44)} median ${(median(times[key]) / 1000).toFixed(2)} s  (runs: ${times[key].map((ms) => (ms / 1000).toFixed(2)).join(', ')})`);
  console.log(`(c)/(b) = ${(c / b).toFixed(3)} (goal ≤ 1.05)   (c)/(a) = ${(c / a).toFixed(3)}   rule listeners: ${(median(ruleShare) * 100).toFixed(2)} % of parse time`);
  // Wall medians move by ±10 % on a shared 2-core machine; the fastest run and CPU time move less.
  const ratio = (pick: (values: readonly number[]) => number, of: Record<'a' | 'b' | 'c', number[]>): string => (pick(of.c) / pick(of.b)).toFixed(3);
  console.log(`(c)/(b) by fastest run = ${ratio((values) => Math.min(...values), times)}   by median CPU time = ${ratio(median, cpuTimes)}`);
  const ours = realReports.filter((r) => r.includes('workiva-sunset/'));
  console.log(`(c) reports: ${ours.length}${ours.length > 0 ? `\n  ${ours.join('\n  ')}` : ''}`);
}

const median = (values: readonly number[]): number => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const started = performance.now();
  const real = (process.env['BENCH_LINT_REAL'] ?? '').split(',').filter((dir) => dir !== '');
  if (process.env['BENCH_LINT_SYNTHETIC'] === '0') {
    for (const directory of real) await benchRealCodebase(directory);
    return;
  }
  const tree = generateTree();
  console.log(`Generated ${tree.files} files in ${ROOT} (seed ${SEED}): ${tree.planted.size} with a planted deprecated call, ${tree.decoys} decoys.`);

  // Warm-up on a slice of the tree: loads the parser, TypeScript and the rule outside the measurements.
  await lintOnce(CONFIGS.c.config, ['src/module00*/*.ts']);

  const times: Record<'a' | 'b' | 'c', number[]> = { a: [], b: [], c: [] };
  const ruleShare: number[] = [];
  const last: Partial<Record<'a' | 'b' | 'c', Run>> = {};
  const orders = [['a', 'b', 'c'], ['b', 'c', 'a'], ['c', 'a', 'b']] as const;
  for (let round = 0; round < REPEATS; round++) {
    // Rotating the order spreads GC and machine noise over the three configurations.
    for (const key of orders[round % orders.length]!) {
      const run = await lintOnce(CONFIGS[key].config);
      times[key].push(run.ms);
      last[key] = run;
      if (key === 'c') ruleShare.push(run.ruleMs / run.parseMs);
    }
  }

  const a = median(times.a);
  const b = median(times.b);
  const c = median(times.c);
  for (const key of ['a', 'b', 'c'] as const) {
    console.log(`${CONFIGS[key].label.padEnd(44)} median ${(median(times[key]) / 1000).toFixed(2)} s  (runs: ${times[key].map((ms) => (ms / 1000).toFixed(2)).join(', ')})`);
  }
  console.log(`(c)/(a) = ${(c / a).toFixed(3)}  → rule overhead over parse-only: ${(((c - a) / a) * 100).toFixed(1)} % (goal < 10 %)`);
  console.log(`(c)/(b) = ${(c / b).toFixed(3)}`);
  console.log(
    `ESLint stats in (c): the rule's listeners take ${(median(ruleShare) * 100).toFixed(1)} % of the parse time (median; less sensitive to machine load than wall times)`,
  );

  for (const key of ['b', 'c'] as const) {
    const reports = last[key]!.reportsByFile;
    const found = [...tree.planted].filter((file) => reports.has(file)).length;
    const falsePositiveFiles = [...reports.keys()].filter((file) => !tree.planted.has(file)).length;
    const total = [...reports.values()].reduce((sum, n) => sum + n, 0);
    console.log(`${CONFIGS[key].label.padEnd(44)} ${total} reports: planted calls found ${found}/${tree.planted.size}, files reported without a planted call ${falsePositiveFiles}`);
  }
  const missed = [...tree.planted].filter((file) => !last.c!.reportsByFile.has(file));
  if (missed.length > 0) console.log(`missed by (c):\n  ${missed.map((file) => path.relative(ROOT, file)).join('\n  ')}`);
  rmSync(ROOT, { recursive: true, force: true });
  for (const directory of real) await benchRealCodebase(directory);
  console.log(`bench:lint took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
