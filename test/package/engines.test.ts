// `engines` says what CI tests: Node 20.19+ (the machine's), 22 and 24 (.ci/node-versions), the same in both
// packages, and nothing untested (odd, non-LTS majors in between).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { NODE_VERSIONS_FOLDER } from './node-versions.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(path.join(root, file), 'utf8')) as T;
}

const toolsEngines = readJson<{ engines: { node: string } }>('package.json').engines.node;
const runtimeEngines = readJson<{ engines: { node: string } }>('packages/runtime/package.json').engines.node;

/** The exact versions the tool folder's lock file installs (`node22` → 22.x.y). */
const lockedVersions = Object.entries(readJson<{ packages: Record<string, { version?: string }> }>(`${NODE_VERSIONS_FOLDER}/package-lock.json`).packages)
  .filter(([key]) => /^node_modules\/node\d+$/.test(key))
  .map(([, entry]) => entry.version);

describe('engines', () => {
  it('is the same range in both packages', () => {
    expect(runtimeEngines).toBe(toolsEngines);
  });

  it('admits the Node 22 and 24 that CI installs, and 20.19 or later', () => {
    expect(lockedVersions).toEqual([expect.stringMatching(/^22\./), expect.stringMatching(/^24\./)]);
    for (const version of [...lockedVersions, '20.19.0', process.versions.node]) {
      expect(semver.satisfies(version!, toolsEngines), `${version} in ${toolsEngines}`).toBe(true);
    }
  });

  it('rejects versions CI does not test', () => {
    for (const version of ['18.20.0', '20.18.0', '21.7.0', '23.11.0', '25.0.0']) {
      expect(semver.satisfies(version, toolsEngines), `${version} in ${toolsEngines}`).toBe(false);
    }
  });
});
