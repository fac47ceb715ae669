// Scans programs/ for `blind-corpus:` annotations and writes sites.json next to this script.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Site { id: string; file: string; line: number; pathLine: number | null; pathFile?: string; client: string; style: string }

const root = path.dirname(fileURLToPath(import.meta.url));
const meta: Record<string, { client: string; style: string }> = JSON.parse(readFileSync(path.join(root, 'programs.json'), 'utf8'));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : /\.(m|c)?[tj]s$/.test(name) ? [full] : [];
  });
}

const sites = new Map<string, Site>();
const paths = new Map<string, { file: string; line: number }>();
for (const file of walk(path.join(root, 'programs')).sort()) {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const program = rel.split('/')[1] ?? '';
  const info = meta[program];
  if (!info) throw new Error(`no programs.json entry for ${program}`);
  readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
    const m = /\/\/ blind-corpus: (site|path)=([\w,-]+)\s*$/.exec(text);
    if (!m) return;
    for (const id of m[2]!.split(',')) {
      if (m[1] === 'site') {
        if (sites.has(id)) throw new Error(`duplicate site ${id}`);
        sites.set(id, { id, file: rel, line: i + 1, pathLine: null, client: info.client, style: info.style });
      } else {
        if (paths.has(id)) throw new Error(`duplicate path ${id}`);
        paths.set(id, { file: rel, line: i + 1 });
      }
    }
  });
}
for (const [id, p] of paths) {
  const site = sites.get(id);
  if (!site) throw new Error(`path=${id} without a site`);
  if (p.file !== site.file) site.pathFile = p.file;
  site.pathLine = p.line;
}
const list = [...sites.values()];
writeFileSync(path.join(root, 'sites.json'), JSON.stringify(list, null, 2) + '\n');
console.log(`${list.length} sites in ${new Set(list.map((s) => s.file.split('/')[1])).size} programs`);
