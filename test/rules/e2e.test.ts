// Lints a small multi-file service through the ESLint class (ESLint 10 and 9), the way a team would
// with `configs.create()` in eslint.config.js: the exact files, lines, rules and severities reported.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { ESLint as ESLint9 } from 'eslint9';
import { describe, expect, it } from 'vitest';
import workivaSunset, { type ConfigOptions } from '../../rules/index.js';

const PROJECT = fileURLToPath(new URL('../fixtures/e2e-project/', import.meta.url));

interface LintEngine {
  lintFiles(patterns: string[]): Promise<{ filePath: string; messages: { line: number; column: number; ruleId: string | null; messageId?: string; severity: number; message: string }[] }[]>;
}

type EngineFactory = (overrideConfig: unknown[]) => LintEngine;

const engines: Record<string, EngineFactory> = {
  'ESLint 10': (overrideConfig) => new ESLint({ cwd: PROJECT, overrideConfigFile: true, overrideConfig: overrideConfig as ESLint.Options['overrideConfig'] }),
  'ESLint 9': (overrideConfig) => new ESLint9({ cwd: PROJECT, overrideConfigFile: true, overrideConfig: overrideConfig as ESLint9.Options['overrideConfig'] }),
};

function projectConfig(options: ConfigOptions, parserOptions: Record<string, unknown> = {}): unknown[] {
  return [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser, parserOptions } },
    { files: ['**/*.ts'], ...workivaSunset.configs.create(options) },
  ];
}

/** `file:line:column severity messageId`, sorted: the whole outcome of a lint run in one comparable list. */
async function lintProject(engine: LintEngine): Promise<string[]> {
  const results = await engine.lintFiles(['src/**/*.ts', 'test/**/*.ts']);
  return results
    .flatMap((result) =>
      result.messages.map((m) => {
        const file = path.relative(PROJECT, result.filePath).split(path.sep).join('/');
        return `${file}:${m.line}:${m.column} ${m.severity === 2 ? 'error' : 'warn'} ${m.ruleId ?? 'fatal'}/${m.messageId ?? m.message}`;
      }),
    )
    .sort();
}

const RULE = 'workiva-sunset/no-deprecated-endpoint';

for (const [version, createEngine] of Object.entries(engines)) {
  describe(`e2e on ${version}`, () => {
    it('reports the deprecated calls of the project as warnings far from the sunset', async () => {
      const reports = await lintProject(createEngine(projectConfig({ today: '2026-03-01' })));
      expect(reports).toEqual([
        `src/services/archive.ts:17:10 warn ${RULE}/deprecatedEndpoint`,
        `src/services/evidence.ts:6:21 warn ${RULE}/deprecatedEndpoint`,
        `src/services/reports.ts:17:23 warn ${RULE}/deprecatedEndpoint`,
        `src/services/reports.ts:8:25 warn ${RULE}/deprecatedEndpoint`,
      ]);
    });

    it('reports them as errors past the sunset', async () => {
      const reports = await lintProject(createEngine(projectConfig({ today: '2027-02-01' })));
      expect(reports).toEqual([
        `src/services/archive.ts:17:10 error ${RULE}/pastSunset`,
        `src/services/evidence.ts:6:21 error ${RULE}/pastSunset`,
        `src/services/reports.ts:17:23 error ${RULE}/pastSunset`,
        `src/services/reports.ts:8:25 error ${RULE}/pastSunset`,
      ]);
    });

    it("names the module where the archive's path was built", async () => {
      const results = await createEngine(projectConfig({ today: '2026-03-01' })).lintFiles(['src/services/archive.ts']);
      expect(results[0]?.messages[0]?.message).toContain('The path is built at src/config.ts:3.');
    });
  });
}

describe('e2e with type information (ESLint 10, projectService)', () => {
  it('reports the same calls when the parser has a TypeScript program', async () => {
    const engine = createTypedEngine();
    const reports = await lintProject(engine);
    expect(reports).toEqual([
      `src/services/archive.ts:17:10 error ${RULE}/sunsetImminent`,
      `src/services/evidence.ts:6:21 error ${RULE}/sunsetImminent`,
      `src/services/reports.ts:17:23 error ${RULE}/sunsetImminent`,
      `src/services/reports.ts:8:25 error ${RULE}/sunsetImminent`,
    ]);
  }, 60_000);
});

function createTypedEngine(): LintEngine {
  const parserOptions = { projectService: true, tsconfigRootDir: PROJECT };
  return engines['ESLint 10']!(projectConfig({ today: '2027-01-10' }, parserOptions));
}

describe('e2e SARIF output (@microsoft/eslint-formatter-sarif)', () => {
  it('writes one SARIF result per report, for GitHub code scanning', async () => {
    const engine = new ESLint({ cwd: PROJECT, overrideConfigFile: true, overrideConfig: projectConfig({ today: '2026-03-01' }) as ESLint.Options['overrideConfig'] });
    const results = await engine.lintFiles(['src/**/*.ts', 'test/**/*.ts']);
    const formatter = await engine.loadFormatter('@microsoft/eslint-formatter-sarif');
    const sarif = JSON.parse(await formatter.format(results)) as {
      runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
    };
    const found = sarif.runs[0]?.results.map((r) => {
      const location = r.locations[0]?.physicalLocation;
      return `${location?.artifactLocation.uri.replace(/^.*e2e-project\//, '')}:${location?.region.startLine} ${r.level} ${r.ruleId}`;
    });
    expect(found?.sort()).toEqual([
      `src/services/archive.ts:17 warning ${RULE}`,
      `src/services/evidence.ts:6 warning ${RULE}`,
      `src/services/reports.ts:17 warning ${RULE}`,
      `src/services/reports.ts:8 warning ${RULE}`,
    ]);
  });
});
