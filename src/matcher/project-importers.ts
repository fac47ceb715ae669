// The reverse of the import graph: which files of the project import a module. The matcher follows
// imports forwards (a sending call reads the path its imports build); only a path built in one
// module and sent from another needs the way back (unsent-paths.ts), and only for the rare module
// that builds a whole deprecated path, so the project is listed lazily, once per root and while fresh.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SOURCE_EXTENSIONS, getLocalImportSpecifiers, readSiblingFile, resolveLocalModule } from './sibling-files.js';

const DECLARATION_FILE = /\.d\.[cm]?ts$/;
/** Directories that hold no source of the project's own: dependencies, outputs, caches. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist', 'build', 'out', 'coverage', 'bower_components', 'jspm_packages']);
/** Beyond this many files the listing stops: the search answers "not found", never hangs a lint. */
export const MAX_PROJECT_FILES = 30_000;
/** How long a listing is trusted: one lint run asks many times, an editor's next run sees new files. */
const LISTING_TRUST_MS = 30_000;

interface Listing {
  readonly files: readonly string[];
  readonly at: number;
}

const listings = new Map<string, Listing>();
const importers = new Map<string, Listing>();
const roots = new Map<string, string>();

/** The directory of the nearest package.json above the file (the file's own directory if none). */
export function getProjectRoot(file: string): string {
  const start = path.dirname(file);
  const known = roots.get(start);
  if (known !== undefined) return known;
  let root = start;
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (isFile(path.join(dir, 'package.json'))) {
      root = dir;
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  roots.set(start, root);
  return root;
}

function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    // EACCES on a directory above the project: no package.json we can use there.
    return false;
  }
}

function listProject(root: string): readonly string[] {
  const cached = listings.get(root);
  if (cached && Date.now() - cached.at < LISTING_TRUST_MS) return cached.files;
  const files: string[] = [];
  const pending = [root];
  while (pending.length > 0 && files.length < MAX_PROJECT_FILES) {
    const dir = pending.pop() as string;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      // Unreadable directory (EACCES, removed meanwhile): its files are simply not searched.
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && SOURCE_EXTENSIONS.includes(path.extname(entry.name)) && !DECLARATION_FILE.test(entry.name)) {
        files.push(full);
      }
    }
  }
  listings.set(root, { files, at: Date.now() });
  return files;
}

/**
 * The project files that import `file` directly (relative or aliased specifiers). A file's text must
 * name the module (its base name, or its directory for an index file) before its imports are resolved.
 */
export function findImporters(file: string): readonly string[] {
  const known = importers.get(file);
  if (known && Date.now() - known.at < LISTING_TRUST_MS) return known.files;
  const files = searchImporters(file);
  importers.set(file, { files, at: Date.now() });
  return files;
}

function searchImporters(file: string): string[] {
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  const needle = stem === 'index' ? path.basename(path.dirname(file)) : stem;
  const found: string[] = [];
  for (const candidate of listProject(getProjectRoot(file))) {
    if (candidate === file) continue;
    const entry = readSiblingFile(candidate);
    if (!entry?.text.includes(needle)) continue;
    const specifiers = getLocalImportSpecifiers(entry.text, candidate);
    if (specifiers.some((specifier) => resolveLocalModule(candidate, specifier) === file)) found.push(candidate);
  }
  return found;
}

/** Forgets the listings (tests, long-running processes). */
export function clearProjectListings(): void {
  listings.clear();
  importers.clear();
  roots.clear();
}
