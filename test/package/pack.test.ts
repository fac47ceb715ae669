// The published artefacts. `workiva-sunset` (the runtime) installs alone for production with nothing
// else in node_modules, under 150 kB, and code migrated by 0.1.0 runs on it unchanged; with
// `@workiva-sunset/tools` beside it, every entry point type-checks and runs and the bin works.
// Installed once, run on every Node version under test (the running one, and 22 and 24 from .ci/node-versions).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNodesUnderTest, NODE_VERSIONS_FOLDER, type NodeUnderTest } from './node-versions.js';

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

const NODES = getNodesUnderTest(root);

/** `node` on PATH is the version under test, so the bin's `#!/usr/bin/env node` runs on it too. */
function envFor(version: NodeUnderTest): NodeJS.ProcessEnv {
  const base = env();
  return { ...base, PATH: `${path.dirname(version.execPath)}${path.delimiter}${base['PATH'] ?? ''}` };
}

function node(args: readonly string[], cwd: string, version: NodeUnderTest = NODES[0]!, extraEnv: NodeJS.ProcessEnv = {}) {
  return spawnSync(version.execPath, [...args], { cwd, encoding: 'utf8', env: { ...envFor(version), ...extraEnv } });
}

/** A missing binary fails the test (CI must test every version), with the command that installs it. */
function expectBinary(version: NodeUnderTest): void {
  expect(existsSync(version.execPath), `no Node ${version.major} at ${version.execPath}: run \`npm ci --prefix ${NODE_VERSIONS_FOLDER}\``).toBe(true);
  expect(node(['-p', 'process.versions.node'], root, version).stdout).toMatch(new RegExp(`^${version.major}\\.`));
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

/**
 * What the 0.1.0 codemod wrote into application code (a drop-in, the routing switch, the inferred test
 * form), run from the production install. The simulator is a dev-time tool: it comes from the tools
 * package installed elsewhere (SIMULATOR_MODULE), never from the production node_modules.
 */
const MIGRATED_BY_0_1_0 = `import { exportSampleAttachmentAsFetchResponse, configure, successorIdsWithInferredTestForm } from 'workiva-sunset';
const { startSimulator } = await import(process.env.SIMULATOR_MODULE);

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
import { startSimulator } from '@workiva-sunset/tools/testing';
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

/**
 * What the codemod writes around a call it keeps as written (here, from CommonJS too): run from a
 * production install of the runtime and the routing package, past the sunset with the switch on.
 */
const ROUTED_BY_THE_CODEMOD = (moduleSystem: 'esm' | 'cjs') => `${moduleSystem === 'esm' ? "import { withExportRouting } from '@workiva-sunset/safety-net';\nimport { configure, successorIdsWithInferredTestForm } from 'workiva-sunset';" : "const { withExportRouting } = require('@workiva-sunset/safety-net');\nconst { configure, successorIdsWithInferredTestForm } = require('workiva-sunset');"}
(async () => {
  const { startSimulator } = await import(process.env.SIMULATOR_MODULE);
  const simulator = await startSimulator({ retryAfterSeconds: 0, sunset: true });
  configure({ route: 'successor', resolveSuccessorIds: (legacyIds) => successorIdsWithInferredTestForm(legacyIds, { testPhaseId: 'phase-1' }) });
  const url = simulator.legacyExportUrl({ auditId: 'a1', procedureId: 'p1', matrixId: 'm1', sampleId: 's1', attachmentId: 'att1' });
  const response = await withExportRouting(() => fetch(url, { method: 'POST', headers: { Authorization: 'Bearer ' + simulator.token, 'Content-Type': 'application/json' }, body: '{"format":"pdf"}' }));
  console.log(JSON.stringify({ status: response.status, successorExports: simulator.requestsOf('export-successor').length }));
  await simulator.close();
})();
`;

let runtimeTarball = '';
let toolsTarball = '';
let routingTarball = '';

beforeAll(() => {
  npm(['pack', '--silent', '--workspace', 'workiva-sunset', '--pack-destination', work], root);
  npm(['pack', '--silent', '--workspace', '@workiva-sunset/safety-net', '--pack-destination', work], root);
  npm(['pack', '--silent', '--pack-destination', work], root);
  const tarballs = readdirSync(work).filter((name) => name.endsWith('.tgz'));
  runtimeTarball = path.join(work, tarballs.find((name) => /^workiva-sunset-\d+\.\d+\.\d+\.tgz$/.test(name)) ?? 'missing-runtime.tgz');
  toolsTarball = path.join(work, tarballs.find((name) => /^workiva-sunset-tools-\d+\.\d+\.\d+\.tgz$/.test(name)) ?? 'missing-tools.tgz');
  routingTarball = path.join(work, tarballs.find((name) => /^workiva-sunset-safety-net-\d+\.\d+\.\d+\.tgz$/.test(name)) ?? 'missing-safety-net.tgz');
}, 240_000);

let app = '';

describe('npm pack: the runtime package for production', () => {
  beforeAll(() => {
    app = emptyProject('production-app');
    npm(['install', '--omit=dev', '--prefer-offline', '--no-package-lock', runtimeTarball], app);
    writeFileSync(path.join(app, 'migrated.mjs'), MIGRATED_BY_0_1_0);
  }, 120_000);

  it('installs with --omit=dev as the only package, under 150 kB', () => {
    const installed = readdirSync(path.join(app, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed).toEqual(['workiva-sunset']);
    expect(bytesUnder(path.join(app, 'node_modules', 'workiva-sunset'))).toBeLessThan(150_000);
  });

});

describe('npm pack: the tools package beside the runtime', () => {
  let consumer = '';
  let tsc: ReturnType<typeof node>;
  beforeAll(() => {
    consumer = emptyProject('consumer');
    const typescript = path.join(root, 'node_modules', 'typescript');
    const typesNode = path.join(root, 'node_modules', '@types', 'node');
    npm(['install', '--prefer-offline', '--no-package-lock', runtimeTarball, toolsTarball, typescript, typesNode], consumer);
    mkdirSync(path.join(consumer, 'src'));
    writeFileSync(
      path.join(consumer, 'src', 'legacy.ts'),
      "export const start = (base: string) => fetch(`${base}/prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/t/export`, { method: 'POST' });\n",
    );
    // Compiled once (types do not depend on the Node version); the output runs on every version below.
    writeFileSync(path.join(consumer, 'check.ts'), TYPED_CONSUMER);
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], strict: true, types: ['node'], outDir: 'out', skipLibCheck: false },
        files: ['check.ts'],
      }),
    );
    tsc = node([path.join(consumer, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], consumer);
  }, 300_000);

  it('installs into an empty project; every entry point type-checks with its types', () => {
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  for (const version of NODES) {
    it(`runs code migrated by 0.1.0 unchanged from the production install on Node ${version.major}`, () => {
      expectBinary(version);
      const simulatorModule = pathToFileURL(path.join(consumer, 'node_modules', '@workiva-sunset', 'tools', 'dist', 'src', 'testing', 'index.js')).href;
      const run = node(['migrated.mjs'], app, version, { SIMULATOR_MODULE: simulatorModule });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual({ legacy: '%PDF-1.4', successor: '%PDF-1.4', successorExports: 1 });
    }, 60_000);
  }

  for (const version of NODES) {
    it(`every entry point runs and the bin runs on Node ${version.major}`, () => {
      expectBinary(version);
      const run = node([path.join(consumer, 'out', 'check.js')], consumer, version);
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual({ status: 'completed', pdf: '%PDF-1.4', error: 'WorkivaSunsetError', sunset: '2027-01-31', catalog: true, rules: ['workiva-sunset/no-deprecated-endpoint'] });

      const bin = path.join(consumer, 'node_modules', '.bin', 'workiva-sunset');
      const runsOn = spawnSync(bin, ['--version'], { encoding: 'utf8', env: envFor(version) });
      expect(runsOn.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
      const check = spawnSync(bin, ['migrate', '--check', 'src'], { cwd: consumer, encoding: 'utf8', env: envFor(version) });
      expect(check.stderr).toContain('1 file(s) would change');
      expect(check.status).toBe(1);
    }, 120_000);
  }
});

describe('npm pack: the routing package beside the runtime, for calls the codemod kept as written', () => {
  let routedApp = '';
  let simulatorModule = '';
  beforeAll(() => {
    routedApp = emptyProject('routed-app');
    npm(['install', '--omit=dev', '--prefer-offline', '--no-package-lock', runtimeTarball, routingTarball], routedApp);
    writeFileSync(path.join(routedApp, 'routed.mjs'), ROUTED_BY_THE_CODEMOD('esm'));
    writeFileSync(path.join(routedApp, 'routed.cjs'), ROUTED_BY_THE_CODEMOD('cjs'));
    simulatorModule = pathToFileURL(path.join(work, 'consumer', 'node_modules', '@workiva-sunset', 'tools', 'dist', 'src', 'testing', 'index.js')).href;
  }, 120_000);

  it('installs with --omit=dev as the two packages only', () => {
    const installed = readdirSync(path.join(routedApp, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed.sort()).toEqual(['@workiva-sunset', 'workiva-sunset']);
    expect(readdirSync(path.join(routedApp, 'node_modules', '@workiva-sunset'))).toEqual(['safety-net']);
  });

  for (const version of NODES) {
    it(`routes a kept call to the successor from ES modules and CommonJS on Node ${version.major}`, () => {
      expectBinary(version);
      expect(existsSync(new URL(simulatorModule)), 'the tools package is installed by the suite above').toBe(true);
      for (const file of ['routed.mjs', 'routed.cjs']) {
        const run = node([file], routedApp, version, { SIMULATOR_MODULE: simulatorModule });
        expect(run.stderr, file).toBe('');
        expect(JSON.parse(run.stdout), file).toEqual({ status: 202, successorExports: 1 });
      }
    }, 60_000);
  }
});
