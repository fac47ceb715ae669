// The Node versions the packed packages are run on: the Node running the tests, and every version in the CI
// tool folder `.ci/node-versions` (binaries from the npm registry, pinned by that folder's lock file; `.ci/run`
// installs them with `npm ci`). A version whose binary is missing is still listed, so its test fails, never skips.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface NodeUnderTest {
  /** The major version, as the tool folder's alias (`node22` → `22`) or the running Node's. */
  readonly major: string;
  /** The `node` binary; may not exist (then the test that runs it fails with a hint). */
  readonly execPath: string;
}

export const NODE_VERSIONS_FOLDER = '.ci/node-versions';

function getToolFolderNodes(root: string): NodeUnderTest[] {
  const folder = path.join(root, NODE_VERSIONS_FOLDER);
  const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  return Object.keys(manifest.devDependencies).flatMap((alias) => {
    const major = /^node(\d+)$/.exec(alias)?.[1];
    return major === undefined ? [] : [{ major, execPath: path.join(folder, 'node_modules', alias, 'bin', 'node') }];
  });
}

/** The running Node first, then the tool folder's versions other than the running one. */
export function getNodesUnderTest(root: string): NodeUnderTest[] {
  const running: NodeUnderTest = { major: process.versions.node.split('.')[0]!, execPath: process.execPath };
  return [running, ...getToolFolderNodes(root).filter((node) => node.major !== running.major)];
}
