// Public entry of the runtime wrapper (`import … from 'workiva-sunset'`): dependency-free, Node built-ins only.
export { exportSampleAttachment } from './runtime/export.js';
export {
  exportSampleAttachments,
  DEFAULT_BATCH_CONCURRENCY,
  type BatchExportOptions,
  type BatchExportResult,
  type BatchExportSuccess,
  type BatchExportFailure,
  type BatchProgress,
  type Destination,
} from './runtime/batch.js';
export {
  startSampleAttachmentExport,
  pollExport,
  waitForExport,
  downloadExport,
  parseExportState,
  isTerminalStatus,
  MAX_UNKNOWN_STATUS_POLLS,
} from './runtime/poller.js';
export {
  exportSampleAttachmentAsFetchResponse,
  exportSampleAttachmentAsAxiosResponse,
  exportSampleAttachmentAsGotResponse,
  exportSampleAttachmentAsSuperagentResponse,
  interpolatedIds,
  type DropInHeaders,
  type DropInAxiosResponse,
  type DropInGotResponse,
  type DropInSuperagentResponse,
} from './runtime/drop-ins.js';
export {
  configure,
  resetConfiguration,
  getConfiguration,
  resolveRoute,
  successorIdsWithInferredTestForm,
  ROUTE_ENV_VAR,
  type RoutingConfiguration,
  type ResolveSuccessorIds,
} from './runtime/routing.js';
export {
  discoverSuccessorIds,
  createSuccessorDiscovery,
  findSuccessorIds,
  type SuccessorDiscovery,
  type SuccessorIdsContext,
  type FindSuccessorIdsOptions,
} from './runtime/discovery.js';
export { DEFAULT_DISCOVERY_MAX_TEST_FORMS, DEFAULT_DISCOVERY_TTL_MS, type DiscoveryCacheOptions, type DiscoveryStats } from './runtime/discovery-cache.js';
export { MAX_TEST_PHASE_PAGES } from './runtime/test-phases.js';
export { WorkivaSunsetError, type WorkivaSunsetErrorCode, type WorkivaSunsetErrorInit } from './runtime/errors.js';
export { WORKIVA_API_HOSTS, DEFAULT_BASE_URL } from './runtime/base-url.js';
export { DEFAULT_RETRY_AFTER_MS, parseRetryAfter } from './runtime/retry-after.js';
export { DEFAULT_TIMEOUT_MS, DEFAULT_MAX_ATTEMPTS, DEFAULT_MAX_REDIRECTS } from './runtime/session.js';
export { systemClock } from './runtime/clock.js';
export type * from './runtime/types.js';
// The export URL and headers the routing switch picks for a set of legacy ids: used by the run-time
// safety net (@workiva-sunset/safety-net) to route calls it intercepts exactly as the wrapper would.
export { exportTargetFor, type ExportTarget } from './runtime/export-target.js';
