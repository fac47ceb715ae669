// The construction net on temporary projects: a whole path handed on is reported where it is built
// only when something reads it and no identified call sends it; the importer search that decides it
// sees files created after a first search once its listing is stale, and never leaves the project.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearSiblingCache, findUnsentPaths, parseForMatcher } from '../../src/matcher/index.js';
import { findImporters, getProjectRoot } from '../../src/matcher/project-importers.js';

const directories: string[] = [];

afterEach(() => {
  vi.useRealTimers();
  clearSiblingCache();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

const ROUTES = `export const ROUTES = {
  exportAttachment: (a: string, p: string, m: string, s: string, f: string) => \`/prototype/platform/audits/\${a}/procedures/\${p}/matrices/\${m}/samples/\${s}/attachments/\${f}/export\`,
};
`;

function project(files: Record<string, string>): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-unsent-'));
  directories.push(directory);
  writeFileSync(path.join(directory, 'package.json'), '{ "name": "app" }\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), text);
  }
  return directory;
}

function unsentIn(file: string, text: string): string[] {
  const { program, scopeManager } = parseForMatcher(text, file);
  return findUnsentPaths(program, { sourceText: text, scopeManager, options: { filename: file } }).map((path) => `${path.node.loc.start.line}: ${path.leavesAs}`);
}

describe('paths handed on without an identified sender', () => {
  it('reports a route an importer reads but sends through a call the matcher cannot follow', () => {
    const root = project({
      'src/routes.ts': ROUTES,
      'src/jobs.ts': "import { ROUTES } from './routes.js';\nexport const job = { url: ROUTES.exportAttachment('a', 'p', 'm', 's', 'f') };\n",
    });
    expect(unsentIn(path.join(root, 'src/routes.ts'), ROUTES)).toEqual(['2: the property `exportAttachment` of the export `ROUTES`']);
  });

  it('does not report it when an importer sends it (reported there), nor when no file imports it', () => {
    const sent = project({
      'src/routes.ts': ROUTES,
      'src/client.ts': "import { ROUTES } from './routes.js';\nexport const start = (base: string) => fetch(base + ROUTES.exportAttachment('a', 'p', 'm', 's', 'f'), { method: 'POST' });\n",
    });
    expect(unsentIn(path.join(sent, 'src/routes.ts'), ROUTES)).toEqual([]);
    const orphan = project({ 'src/routes.ts': ROUTES });
    expect(unsentIn(path.join(orphan, 'src/routes.ts'), ROUTES)).toEqual([]);
  });

  it('finds an importer written after the first search once the listing is stale', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const root = project({ 'src/routes.ts': ROUTES });
    const routes = path.join(root, 'src/routes.ts');
    expect(findImporters(routes)).toEqual([]);
    writeFileSync(path.join(root, 'src/later.ts'), "import { ROUTES } from './routes';\n");
    expect(findImporters(routes)).toEqual([]);
    vi.setSystemTime(Date.now() + 31_000);
    expect(findImporters(routes)).toEqual([path.join(root, 'src/later.ts')]);
  });

  it('searches the nearest package, not node_modules, build output or dot directories', () => {
    const root = project({
      'src/routes.ts': ROUTES,
      'node_modules/dep/index.ts': "import { ROUTES } from '../../src/routes';\n",
      'dist/routes.js': "import { ROUTES } from '../src/routes';\n",
      '.cache/copy.ts': "import { ROUTES } from '../src/routes';\n",
      'src/index.ts': "export { ROUTES } from './routes.js';\n",
    });
    const routes = path.join(root, 'src/routes.ts');
    expect(getProjectRoot(routes)).toBe(root);
    expect(findImporters(routes)).toEqual([path.join(root, 'src/index.ts')]);
  });
});
