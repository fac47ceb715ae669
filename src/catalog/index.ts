// The catalog as the tools read it: the runtime package's data and schedule, plus the validating
// reader (it needs `semver`, which the dependency-free runtime must not pull in).
export * from 'workiva-sunset/catalog';
export { readCatalog, SUPPORTED_CATALOG_FORMAT, CatalogFormatError } from './read-catalog.js';
