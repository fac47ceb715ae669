// `eslint --cache` and the date-based countdown: the configs write the phase into the rule options,
// so a phase change changes ESLint's config hash and no stale cached warning survives the sunset.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import workivaSunset, { type ConfigOptions } from '../../rules/index.js';

const PROJECT = fileURLToPath(new URL('../fixtures/e2e-project/', import.meta.url));
let cacheDir: string;

beforeEach(() => {
  cacheDir = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-cache-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(cacheDir, { recursive: true, force: true });
});

function createEngine(options: ConfigOptions = {}): ESLint {
  return new ESLint({
    cwd: PROJECT,
    cache: true,
    cacheLocation: path.join(cacheDir, '.eslintcache'),
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      { files: ['**/*.ts'], ...(workivaSunset.configs.create(options) as ESLint.Options['overrideConfig']) },
    ],
  });
}

async function lintEvidence(engine: ESLint): Promise<{ messageId: string | undefined; severity: number }[]> {
  const [result] = await engine.lintFiles(['src/services/evidence.ts']);
  return (result?.messages ?? []).map((m) => ({ messageId: m.messageId, severity: m.severity }));
}

describe('ESLint cache and the countdown', () => {
  it('re-lints after the sunset when today is pinned by the option', async () => {
    expect(await lintEvidence(createEngine({ today: '2026-03-01' }))).toEqual([{ messageId: 'deprecatedEndpoint', severity: 1 }]);
    expect(existsSync(path.join(cacheDir, '.eslintcache'))).toBe(true);

    expect(await lintEvidence(createEngine({ today: '2027-02-01' }))).toEqual([{ messageId: 'pastSunset', severity: 2 }]);
  });

  it('re-lints after the sunset when today comes from WORKIVA_SUNSET_TODAY', async () => {
    vi.stubEnv('WORKIVA_SUNSET_TODAY', '2026-03-01');
    expect(await lintEvidence(createEngine())).toEqual([{ messageId: 'deprecatedEndpoint', severity: 1 }]);

    vi.stubEnv('WORKIVA_SUNSET_TODAY', '2027-02-01');
    expect(await lintEvidence(createEngine())).toEqual([{ messageId: 'pastSunset', severity: 2 }]);
  });

  it('re-lints when the phase enters the window', async () => {
    expect(await lintEvidence(createEngine({ today: '2026-03-01' }))).toEqual([{ messageId: 'deprecatedEndpoint', severity: 1 }]);
    expect(await lintEvidence(createEngine({ today: '2027-01-10' }))).toEqual([{ messageId: 'sunsetImminent', severity: 2 }]);
  });

  it('serves a second run with the same config from the cache', async () => {
    const first = await createEngine({ today: '2026-03-01' }).lintFiles(['src/services/evidence.ts']);
    const spy = vi.spyOn(workivaSunset.rules['no-deprecated-endpoint'], 'create');
    const second = await createEngine({ today: '2026-03-01' }).lintFiles(['src/services/evidence.ts']);
    expect(spy).not.toHaveBeenCalled();
    expect(second[0]?.messages).toEqual(first[0]?.messages);
    spy.mockRestore();
  });
});
