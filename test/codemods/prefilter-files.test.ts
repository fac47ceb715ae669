// The runner's pre-filter pass: grep's first cut (taken on large trees) keeps exactly the files
// Node's own reading keeps, and leaves what it cannot settle (a directory, a file it cannot read) to
// that reading, which reports the error; files bigger than the read buffer are read whole.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTreeSearch } from '../../codemods/runner/native-search.js';
import { prefilterFiles } from '../../codemods/runner/prefilter-files.js';
import { startPrefilterSearch } from '../../codemods/runner/prefilter-search.js';
import { createReadBuffer, readRegularFileSync } from '../../codemods/runner/read-regular-file.js';
import { fixtures, removeTemporaryDirectories, temporaryDirectories } from './helpers.js';

afterEach(removeTemporaryDirectories);

const ORDINARY = "import { createHash } from 'node:crypto';\nexport const load = (id: string) => fetch(`/api/records/${id}`);\n";

/** A tree with every kind of file the pre-filter must tell apart; returns its files, sorted. */
function makeMixedTree(): { directory: string; files: string[] } {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-prefilter-'));
  temporaryDirectories.push(directory);
  mkdirSync(path.join(directory, 'src/lib'), { recursive: true });
  mkdirSync(path.join(directory, 'outside'), { recursive: true });
  mkdirSync(path.join(directory, 'src/pkg/lib'), { recursive: true });
  const files: Record<string, string | Buffer> = {
    'src/ordinary.ts': ORDINARY,
    'src/keyword.ts': "export const PATH = '/prototype/platform/audits';\n",
    'src/object-prototype.ts': 'export const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);\n',
    // No keyword of its own: kept because a module it imports (outside the searched folder) has one.
    'src/imports-keyword.ts': "import { EXPORT_PATH } from '../outside/paths.js';\nexport const send = (body: string) => fetch(EXPORT_PATH, { method: 'POST', body });\n",
    'outside/paths.ts': "export const EXPORT_PATH = '/prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export';\n",
    'src/imports-plain.ts': "import { helper } from './lib/helper.js';\nexport const run = () => helper(1);\n",
    'src/lib/helper.ts': 'export const helper = (n: number) => n + 1;\n',
    // A nested package's tsconfig paths alias, which grep (started above it) did not look for.
    'src/pkg/tsconfig.json': '{ "compilerOptions": { "paths": { "@pkg/*": ["./lib/*"] } } }\n',
    'src/pkg/lib/endpoints.ts': "export const EXPORT_PATH = '/prototype/platform/audits/a/procedures/p/matrices/m/samples/s/attachments/f/export';\n",
    'src/pkg/uses-alias.ts': "import { EXPORT_PATH } from '@pkg/endpoints';\nexport const send = () => fetch(EXPORT_PATH, { method: 'POST' });\n",
    // UTF-16 with a BOM: its ASCII keyword is not a byte string grep could find.
    'src/utf16.ts': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("export const P = '/prototype/platform';\n", 'utf16le')]),
    'src/latin1.ts': Buffer.from("// café\nexport const P = '/audits/x';\n", 'latin1'),
    // Bigger than the read buffer, the keyword at the very end.
    'src/large.ts': `${'// filler line of an ordinary module\n'.repeat(4_000)}export const P = '/prototype/platform';\n`,
    'src/large-ordinary.ts': ORDINARY.repeat(2_000),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(directory, name), content);
  cpSync(path.join(fixtures, 'axios-post.input.ts'), path.join(directory, 'src/axios.ts'));
  // A directory where a file was listed: neither grep nor Node can read it as a file.
  mkdirSync(path.join(directory, 'src/folder.ts'));
  const listed = [...Object.keys(files).filter((name) => name.startsWith('src/') && name.endsWith('.ts')), 'src/axios.ts', 'src/folder.ts'].map((name) => path.join(directory, name)).sort();
  return { directory, files: listed };
}

describe('prefilterFiles', () => {
  it('keeps the same files with grep making the first cut as with Node reading every file, and reports the same errors', async () => {
    const { directory, files } = makeMixedTree();
    let ruledOutByNode = 0;
    let ruledOutWithGrep = 0;
    const byNode = await prefilterFiles(files, () => ruledOutByNode++);
    const search = startPrefilterSearch(['src'], directory);
    expect(search).not.toBeNull();
    // grep's answer settles most files: only those it names (or could not read) are read by Node.
    const settled = await search!.settled;
    expect([...settled!].filter(([, found]) => !found).map(([file]) => path.basename(file)).sort()).toEqual(['helper.ts', 'large-ordinary.ts', 'ordinary.ts', 'uses-alias.ts']);
    const withGrep = await prefilterFiles(files, () => ruledOutWithGrep++, startPrefilterSearch(['src'], directory), 0);
    const names = (list: readonly string[]) => list.map((file) => path.basename(file));
    expect(names(byNode.candidates)).toEqual(['axios.ts', 'imports-keyword.ts', 'keyword.ts', 'large.ts', 'latin1.ts', 'endpoints.ts', 'uses-alias.ts', 'utf16.ts']);
    expect(withGrep.candidates).toEqual(byNode.candidates);
    expect(byNode.unreadable.map((outcome) => [path.basename(outcome.file), outcome.status, outcome.error?.message])).toEqual([
      ['folder.ts', 'error', expect.stringContaining('is not a regular file (a FIFO, socket or device); it was not read')],
    ]);
    expect(withGrep.unreadable).toEqual(byNode.unreadable);
    expect(ruledOutWithGrep).toBe(ruledOutByNode);
    expect(ruledOutByNode).toBe(files.length - byNode.candidates.length);
  });
});

describe('startTreeSearch (grep)', () => {
  it('names every file it read, with whether it holds a needle byte for byte, leaving out node_modules, dist and dot folders', async () => {
    const { directory } = makeMixedTree();
    for (const folder of ['node_modules/pkg', 'dist', '.cache']) {
      mkdirSync(path.join(directory, 'src', folder), { recursive: true });
      writeFileSync(path.join(directory, 'src', folder, 'index.js'), "module.exports = '/audits';\n");
    }
    const settled = await startTreeSearch([path.join(directory, 'src')], [Buffer.from('/audits'), Buffer.from([0xff, 0xfe])], ['ts', 'js']).settled;
    const found = [...settled!].filter(([, holds]) => holds).map(([file]) => path.relative(directory, file)).sort();
    expect(found).toEqual(['src/axios.ts', 'src/keyword.ts', 'src/latin1.ts', 'src/pkg/lib/endpoints.ts', 'src/utf16.ts']);
    expect(settled!.get(path.join(directory, 'src/ordinary.ts'))).toBe(false);
    expect([...settled!.keys()].filter((file) => /node_modules|dist|\.cache/.test(file))).toEqual([]);
  });

  it('gives no answer when grep reports an error, so every file is read by Node', async () => {
    const { directory } = makeMixedTree();
    const search = startTreeSearch([path.join(directory, 'src'), path.join(directory, 'missing')], [Buffer.from('/audits')], ['ts']);
    expect(await search.settled).toBeNull();
  });
});

describe('readRegularFileSync', () => {
  it('reads files smaller than, exactly as big as and bigger than its buffer whole, reusing the buffer', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-read-'));
    temporaryDirectories.push(directory);
    const buffer = createReadBuffer(16);
    for (const size of [0, 5, 16, 17, 40, 3]) {
      const file = path.join(directory, `f${size}.ts`);
      const content = Buffer.from(Array.from({ length: size }, (_, i) => 97 + (i % 26)));
      writeFileSync(file, content);
      expect(readRegularFileSync(file, buffer).equals(content), `size ${size}`).toBe(true);
    }
    expect(buffer.bytes.length).toBeGreaterThanOrEqual(41);
  });

  it('refuses a directory and a FIFO with no writer without blocking, as the fstat check does', () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'workiva-sunset-read-'));
    temporaryDirectories.push(directory);
    mkdirSync(path.join(directory, 'folder.ts'));
    expect(spawnSync('mkfifo', [path.join(directory, 'pipe.ts')]).status).toBe(0);
    for (const name of ['folder.ts', 'pipe.ts']) {
      expect(() => readRegularFileSync(path.join(directory, name), createReadBuffer()), name).toThrow(expect.objectContaining({ code: 'NOT_A_REGULAR_FILE' }));
    }
  });
});
