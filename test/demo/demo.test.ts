// `npm run demo` is part of the product: it must run from a clean clone and end with the two matching
// downloads and the visibly failing original.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run demo', () => {
  it('lints, migrates, re-lints and downloads the same PDFs before and after the sunset', () => {
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
    expect(out).toMatch(/✔ same PDFs after the sunset, through 3 successor exports/);
    expect(out).toContain('✔ polls earlier than the announced Retry-After: 0');
  }, 200_000);
});
