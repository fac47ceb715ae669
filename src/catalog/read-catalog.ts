// Validates a catalog before the matcher or the codemod relies on it: a catalog written for another
// format version (for example a team's extended copy) is refused with a clear error, not misread.
import semver from 'semver';
import { parseIsoDate } from 'workiva-sunset/catalog';
import type { Catalog } from 'workiva-sunset/catalog';

/** Catalog format versions this release of the tools understands. */
export const SUPPORTED_CATALOG_FORMAT = '^1.0.0';

export class CatalogFormatError extends Error {
  override readonly name = 'CatalogFormatError';
}

export function readCatalog(catalog: Catalog): Catalog {
  const version = semver.valid(catalog.formatVersion);
  if (!version) throw new CatalogFormatError(`Catalog formatVersion ${JSON.stringify(catalog.formatVersion)} is not a semver version`);
  if (!semver.satisfies(version, SUPPORTED_CATALOG_FORMAT)) {
    throw new CatalogFormatError(`Catalog format ${version} is not supported (this release reads ${SUPPORTED_CATALOG_FORMAT})`);
  }
  const seen = new Set<string>();
  for (const entry of catalog.entries) {
    if (seen.has(entry.id)) throw new CatalogFormatError(`Catalog entry id ${entry.id} appears twice`);
    seen.add(entry.id);
    if (!entry.path.startsWith('/')) throw new CatalogFormatError(`Catalog entry ${entry.id}: path must start with "/"`);
    parseIsoDate(entry.deprecated);
    parseIsoDate(entry.sunset);
  }
  return catalog;
}
