// `npm run demo` is part of the product: it must run from a clean clone and end with the two matching
// downloads and the visibly failing original.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run demo', () => {
  it('lints, migrates, re-lints, preflights the ids and downloads the same PDFs before and after the sunset', () => {
    const env = { ...process.env };
    delete env['WORKIVA_SUNSET_ROUTE'];
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { cwd: root, encoding: 'utf8', env, timeout: 180_000 });
    expect(result.stderr).not.toContain('demo failed');
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/✖ 3 problems \(\d errors?, \d warnings?\)/);
    expect(out).toContain('+import { exportSampleAttachmentAsFetchResponse } from \'workiva-sunset\';');
    expect(out).toContain('✔ no deprecated calls left');
    expect(out).toContain('✔ tsc --noEmit: no errors');
    expect(out).toContain('✔ same PDFs (sha256) from the original and the migrated app');
    expect(out).toMatch(/original {2}✘ exit 1: Error: export failed: 410/);
    // Preflight found the phase that lists the matrix (not the procedure id) and exported through it.
    expect(out).toMatch(/✔ export-ok\s+QXVkaXQ6MTIz\s+UHJvY2VkdXJlOjQ1\s+TWF0cml4Ojc4\s+\S+\s+QXVkaXQ6MTIz\s+d5e2a8f0-1673-11ec-9621-0242ac130002\s+PDF \d+ bytes/);
    expect(out).toContain('1 of 1 id sets ready (1 export-ok)');
    expect(out).toContain('Ready: turn the switch on (WORKIVA_SUNSET_ROUTE=successor).');
    // The switch alone: no hand-written id table anywhere in the demo.
    expect(out).not.toContain('TEST_PHASE_OF_PROCEDURE');
    expect(out).toContain('WORKIVA_SUNSET_ROUTE=successor — no id mapping in code');
    expect(out).toMatch(/✔ same PDFs after the sunset, through 3 successor exports/);
    // One listing (two pages) for the app's three exports of one test form.
    expect(out).toContain('✔ discovery: 2 test phase listing pages for 3 exports of one test form');
    expect(out).toContain('✔ polls earlier than the announced Retry-After: 0');
  }, 200_000);
});
