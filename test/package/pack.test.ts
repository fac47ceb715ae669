// The published artefacts. `workiva-sunset` (the runtime) installs alone for production with nothing
// else in node_modules, under 175 kB, and code migrated by 0.1.0 runs on it unchanged; with
// `@workiva-sunset/tools` beside it, every entry point type-checks and runs and the bin works.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'workiva-sunset-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The installed packages must resolve their built files, never this repository's sources. */
const env = (): NodeJS.ProcessEnv => {
  const clean: NodeJS.ProcessEnv = { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
  delete clean['NODE_OPTIONS'];
  return clean;
};

function npm(args: readonly string[], cwd: string): string {
  return execFileSync('npm', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: env() });
}

function node(args: readonly string[], cwd: string) {
  return spawnSync(process.execPath, [...args], { cwd, encoding: 'utf8', env: env() });
}

function bytesUnder(directory: string): number {
  return readdirSync(directory, { withFileTypes: true }).reduce((total, entry) => {
    const full = path.join(directory, entry.name);
    return total + (entry.isDirectory() ? bytesUnder(full) : statSync(full).size);
  }, 0);
}

function emptyProject(name: string): string {
  const directory = path.join(work, name);
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  return directory;
}

/** What the 0.1.0 codemod wrote into application code: a drop-in, the routing switch, the inferred test form. */
const MIGRATED_BY_0_1_0 = `import { exportSampleAttachmentAsFetchResponse, configure, successorIdsWithInferredTestForm } from 'workiva-sunset';
import { startSimulator } from 'workiva-sunset/testing';

const simulator = await startSimulator({ retryAfterSeconds: 0 });
const ids = { auditId: 'a1', procedureId: 'p1', matrixId: 'm1', sampleId: 's1', attachmentId: 'att1' };
async function download() {
  const response = await exportSampleAttachmentAsFetchResponse(ids, { baseUrl: simulator.url, token: simulator.token });
  const operation = await (await fetch(response.headers.get('Location'), { headers: { Authorization: 'Bearer ' + simulator.token } })).json();
  const file = await fetch(operation.resourceUrl, { headers: { Authorization: 'Bearer ' + simulator.token } });
  return new TextDecoder().decode(await file.arrayBuffer()).slice(0, 8);
}
const legacy = await download();
simulator.set({ sunset: true });
configure({ route: 'successor', resolveSuccessorIds: (legacyIds) => successorIdsWithInferredTestForm(legacyIds, { testPhaseId: 'phase-1' }) });
const successor = await download();
console.log(JSON.stringify({ legacy, successor, successorExports: simulator.requestsOf('export-successor').length }));
await simulator.close();
`;

const TYPED_CONSUMER = `import { exportSampleAttachment, configure, WorkivaSunsetError, type ExportResult } from 'workiva-sunset';
import { startSimulator } from 'workiva-sunset/testing';
import { SAMPLE_ATTACHMENT_EXPORT } from 'workiva-sunset/catalog';
import { readCatalog, CATALOG } from '@workiva-sunset/tools/catalog';
import workivaSunset from '@workiva-sunset/tools/eslint-plugin';

const simulator = await startSimulator({ retryAfterSeconds: 0 });
configure({ route: 'legacy' });
const result: ExportResult = await exportSampleAttachment(
  { auditId: 'a1', procedureId: 'p1', matrixId: 'm1', sampleId: 's1', attachmentId: 'att1' },
  { baseUrl: simulator.url, token: simulator.token },
);
const pdf = new TextDecoder().decode(await result.response.arrayBuffer());
console.log(JSON.stringify({
  status: result.operation.status,
  pdf: pdf.slice(0, 8),
  error: WorkivaSunsetError.name,
  sunset: SAMPLE_ATTACHMENT_EXPORT.sunset,
  catalog: readCatalog(CATALOG).entries.length === CATALOG.entries.length,
  rules: Object.keys(workivaSunset.configs.strict.rules ?? {}),
}));
await simulator.close();
`;

let runtimeTarball = '';
let toolsTarball = '';

beforeAll(() => {
  npm(['pack', '--silent', '--workspace', 'workiva-sunset', '--pack-destination', work], root);
  npm(['pack', '--silent', '--pack-destination', work], root);
  const tarballs = readdirSync(work).filter((name) => name.endsWith('.tgz'));
  runtimeTarball = path.join(work, tarballs.find((name) => /^workiva-sunset-\d+\.\d+\.\d+\.tgz$/.test(name)) ?? 'missing-runtime.tgz');
  toolsTarball = path.join(work, tarballs.find((name) => /^workiva-sunset-tools-\d+\.\d+\.\d+\.tgz$/.test(name)) ?? 'missing-tools.tgz');
}, 240_000);

describe('npm pack: the runtime package for production', () => {
  it('installs with --omit=dev as the only package, under 175 kB, and runs code migrated by 0.1.0 unchanged', () => {
    const app = emptyProject('production-app');
    npm(['install', '--omit=dev', '--prefer-offline', '--no-package-lock', runtimeTarball], app);
    const installed = readdirSync(path.join(app, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed).toEqual(['workiva-sunset']);
    expect(bytesUnder(path.join(app, 'node_modules', 'workiva-sunset'))).toBeLessThan(175_000);

    writeFileSync(path.join(app, 'migrated.mjs'), MIGRATED_BY_0_1_0);
    const run = node(['migrated.mjs'], app);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ legacy: '%PDF-1.4', successor: '%PDF-1.4', successorExports: 1 });
  }, 120_000);
});

describe('npm pack: the tools package beside the runtime', () => {
  it('installs into an empty project; every entry point imports with its types and runs; the bin runs', () => {
    const consumer = emptyProject('consumer');
    const typescript = path.join(root, 'node_modules', 'typescript');
    const typesNode = path.join(root, 'node_modules', '@types', 'node');
    npm(['install', '--prefer-offline', '--no-package-lock', runtimeTarball, toolsTarball, typescript, typesNode], consumer);

    writeFileSync(path.join(consumer, 'check.ts'), TYPED_CONSUMER);
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], strict: true, types: ['node'], outDir: 'out', skipLibCheck: false },
        files: ['check.ts'],
      }),
    );
    const tsc = node([path.join(consumer, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], consumer);
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    const run = node([path.join(consumer, 'out', 'check.js')], consumer);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ status: 'completed', pdf: '%PDF-1.4', error: 'WorkivaSunsetError', sunset: '2027-01-31', catalog: true, rules: ['workiva-sunset/no-deprecated-endpoint'] });

    const bin = path.join(consumer, 'node_modules', '.bin', 'workiva-sunset');
    expect(spawnSync(bin, ['--version'], { encoding: 'utf8', env: env() }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    mkdirSync(path.join(consumer, 'src'));
    writeFileSync(
      path.join(consumer, 'src', 'legacy.ts'),
      "export const start = (base: string) => fetch(`${base}/prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/t/export`, { method: 'POST' });\n",
    );
    const check = spawnSync(bin, ['migrate', '--check', 'src'], { cwd: consumer, encoding: 'utf8', env: env() });
    expect(check.stderr).toContain('1 file(s) would change');
    expect(check.status).toBe(1);
  }, 240_000);
});
