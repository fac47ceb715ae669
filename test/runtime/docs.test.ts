// docs/wrapper.md's code blocks are real: each runs (against the simulator) and prints what its comments say.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const doc = readFileSync(join(root, 'docs/wrapper.md'), 'utf8');
const blocks = [...doc.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
const dir = mkdtempSync(join(tmpdir(), 'wrapper-docs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a block with the package's specifiers pointed at the sources (the package is not built in tests). */
function run(index: number): { status: number | null; stdout: string; stderr: string } {
  const source = blocks[index]!
    .replaceAll("'@workiva-sunset/tools/testing'", JSON.stringify(join(root, 'src/testing/index.ts')))
    .replaceAll("'workiva-sunset'", JSON.stringify(join(root, 'packages/runtime/src/index.ts')))
    // The block runs from a temporary directory: point the dev dependency at this repository's copy.
    .replaceAll("'bottleneck'", JSON.stringify(createRequire(import.meta.url).resolve('bottleneck')));
  const file = join(dir, `block-${index}.mts`);
  writeFileSync(file, source);
  const env = { ...process.env };
  delete env['WORKIVA_SUNSET_ROUTE'];
  const result = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', env, timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('docs/wrapper.md', () => {
  it('has the nine examples this test knows', () => {
    expect(blocks).toHaveLength(9);
  });

  it('export example downloads and reports the route', () => {
    const { status, stdout, stderr } = run(0);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/acknowledged\nqueued\nstarted\ncompleted\nlegacy /);
  });

  it('error example prints the code and details', () => {
    const { status, stdout } = run(1);
    expect(status).toBe(0);
    expect(stdout).toContain('OPERATION_FAILED');
    expect(stdout).toContain('ConversionFailed');
  });

  it('discovery example finds the phase that lists the matrix, with one listing for three exports', () => {
    const { status, stdout, stderr } = run(2);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('/testForms/a1/testPhases/tp-follow-up/matrices/m1/samples/s1/attachments/att1/export');
    expect(stdout).toContain('{ hits: 2, misses: 1, listings: 1, evictions: 0 }');
  });

  it('routing example goes to the successor path', () => {
    const { status, stdout } = run(3);
    expect(status).toBe(0);
    expect(stdout).toContain('successor /testForms/a1/testPhases/phase-1/matrices/m1/samples/s1/attachments/att1/export');
  });

  it('poller example resumes from JSON', () => {
    const { status, stdout } = run(4);
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('3 application/pdf');
  });

  it('batch example streams each PDF to its file and reports progress', () => {
    const { status, stdout, stderr } = run(5);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    for (const sampleId of ['s1', 's2', 's3']) expect(stdout).toMatch(new RegExp(`^${sampleId} → /.+/${sampleId}\\.pdf \\d+ bytes$`, 'm'));
    expect(stdout).toContain('3/3 done, 0 running');
  });

  it('Bottleneck rateLimiter example exports through the limiter', () => {
    const { status, stdout, stderr } = run(6);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('true');
  });

  it('drop-in example keeps the original polling working', () => {
    const { status, stdout } = run(7);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^completed \d+$/m);
  });

  it('simulator example waits 100 virtual seconds without an early poll', () => {
    const { status, stdout } = run(8);
    expect(status).toBe(0);
    expect(stdout).toContain("'poll 429'");
    expect(stdout).toMatch(/\] 0 100 true/);
  });
});
