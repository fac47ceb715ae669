// Public entry of `workiva-sunset/catalog`: the deprecated endpoints (data) and the sunset schedule.
// The validating reader for extended catalogs lives in the tools package (`@workiva-sunset/tools/catalog`).
export * from './endpoints.js';
export * from './schedule.js';
