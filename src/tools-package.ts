// The tools package's own name and version (plugin meta, `--version`, reports), read from its
// package.json: the source (src/) and built (dist/src/) layouts put it at different depths.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOOLS_PACKAGE_NAME = '@workiva-sunset/tools';

let cachedVersion: string | undefined;

export function readToolsVersion(): string {
  if (cachedVersion) return cachedVersion;
  const here = fileURLToPath(import.meta.url);
  for (let dir = path.dirname(here); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === TOOLS_PACKAGE_NAME && typeof pkg.version === 'string') return (cachedVersion = pkg.version);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (path.dirname(dir) === dir) throw new Error(`${TOOLS_PACKAGE_NAME}: cannot find its own package.json above ${here}`);
  }
}
