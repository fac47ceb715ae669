// The published artefact: `npm pack` output installs into an empty project, and the three entry points
// import with their types (checked by the real compiler, then run against the simulator).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'workiva-sunset-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CONSUMER = `import { exportSampleAttachment, configure, WorkivaSunsetError, type ExportResult } from 'workiva-sunset';
import { startSimulator } from 'workiva-sunset/testing';
import workivaSunset from 'workiva-sunset/eslint-plugin';

const simulator = await startSimulator({ retryAfterSeconds: 0 });
configure({ route: 'legacy' });
const result: ExportResult = await exportSampleAttachment(
  { auditId: 'a1', procedureId: 'p1', matrixId: 'm1', sampleId: 's1', attachmentId: 'att1' },
  { baseUrl: simulator.url, token: simulator.token },
);
const pdf = new TextDecoder().decode(await result.response.arrayBuffer());
console.log(JSON.stringify({ status: result.operation.status, pdf: pdf.slice(0, 8), error: WorkivaSunsetError.name, rules: Object.keys(workivaSunset.configs.strict.rules ?? {}) }));
await simulator.close();
`;

function npm(args: readonly string[], cwd: string): string {
  return execFileSync('npm', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
}

describe('npm pack', () => {
  it('installs into an empty project; imports work with types; the bin runs', () => {
    npm(['pack', '--silent', '--pack-destination', work], root);
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    expect(tarball).toMatch(/^workiva-sunset-\d+\.\d+\.\d+\.tgz$/);

    const consumer = path.join(work, 'consumer');
    execFileSync('mkdir', ['-p', consumer]);
    writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const typescript = path.join(root, 'node_modules', 'typescript');
    const typesNode = path.join(root, 'node_modules', '@types', 'node');
    npm(['install', '--prefer-offline', '--no-package-lock', path.join(work, tarball!), typescript, typesNode], consumer);

    writeFileSync(path.join(consumer, 'check.ts'), CONSUMER);
    writeFileSync(
      path.join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], strict: true, types: ['node'], outDir: 'out' },
        files: ['check.ts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [path.join(consumer, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);

    const run = spawnSync(process.execPath, [path.join(consumer, 'out', 'check.js')], { cwd: consumer, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ status: 'completed', pdf: '%PDF-1.4', error: 'WorkivaSunsetError', rules: ['workiva-sunset/no-deprecated-endpoint'] });

    const bin = spawnSync(path.join(consumer, 'node_modules', '.bin', 'workiva-sunset'), ['--version'], { encoding: 'utf8' });
    expect(bin.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 240_000);
});
