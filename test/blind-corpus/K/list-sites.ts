// Scans programs/**/* for `blind-corpus:` annotations and writes sites.json.
// Usage: npx tsx list-sites.ts   (run from anywhere; paths are relative to this folder)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Site { id: string; file: string; line: number; pathLine: number | null; client: string; style: string }

const root = path.dirname(fileURLToPath(import.meta.url));
const meta: Record<string, { client: string; style: string }> = JSON.parse(readFileSync(path.join(root, 'programs.json'), 'utf8'));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(ts|mts|cts|js|cjs|mjs)$/.test(name) ? [full] : [];
  });
}

const sites: Site[] = [];
const paths = new Map<string, number>();
for (const file of walk(path.join(root, 'programs')).sort()) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const program = rel.split('/')[1] ?? '';
  readFileSync(file, 'utf8').split('\n').forEach((text, index) => {
    const m = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/.exec(text);
    if (!m) return;
    if (m[1] === 'site') {
      const info = meta[program];
      if (!info) throw new Error(`programs.json lacks ${program}`);
      sites.push({ id: m[2]!, file: rel, line: index + 1, pathLine: null, client: info.client, style: info.style });
    } else {
      for (const id of m[2]!.split(',')) paths.set(`${rel}#${id}`, index + 1);
    }
  });
}
const ids = new Set<string>();
for (const s of sites) {
  if (ids.has(s.id)) throw new Error(`duplicate site id ${s.id}`);
  ids.add(s.id);
  s.pathLine = paths.get(`${s.file}#${s.id}`) ?? null;
}
for (const key of paths.keys()) {
  const id = key.split('#')[1]!;
  if (!ids.has(id)) throw new Error(`path annotation without site: ${key}`);
}
// path annotations in another file of the same program (shared descriptors, route tables): pathFile says where
for (const [key, line] of paths) {
  const [file, id] = key.split('#') as [string, string];
  const site = sites.find((s) => s.id === id);
  if (site && site.file !== file && site.pathLine === null) Object.assign(site, { pathLine: line, pathFile: file });
}
writeFileSync(path.join(root, 'sites.json'), JSON.stringify(sites, null, 2) + '\n');
console.log(`${sites.length} sites in ${new Set(sites.map((s) => s.file.split('/')[1])).size} programs`);
