// Public entry of the catalog: the data, the schedule helpers and the validating reader.
export * from './endpoints.js';
export * from './schedule.js';
export { readCatalog, SUPPORTED_CATALOG_FORMAT, CatalogFormatError } from './read-catalog.js';
