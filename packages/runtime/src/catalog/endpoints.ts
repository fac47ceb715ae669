// The catalog of deprecated Workiva endpoints: plain data, read by the runtime wrapper, the matcher
// (and so the lint rule) and the codemod. Facts and their sources: ../shared/workiva-api.md.

/** Bumped on any breaking change to the shape below; readers accept a semver range of it. */
export const CATALOG_FORMAT_VERSION = '1.0.0';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How a successor path parameter is obtained from the legacy call. */
export type ParameterMappingStatus =
  /** Workiva's documentation states the mapping. */
  | 'documented'
  /** Likely from the docs' examples and naming, not stated: the team must confirm it. */
  | 'inferred'
  /** No legacy value maps to it: the team must supply or resolve it. */
  | 'must-supply';

export interface ParameterMapping {
  /** Path parameter of the successor. */
  readonly successor: string;
  /** Legacy path parameter it is taken from, if any. */
  readonly legacy: string | null;
  readonly status: ParameterMappingStatus;
  readonly evidence: string;
}

export interface SuccessorEndpoint {
  readonly method: HttpMethod;
  readonly path: string;
  /** Value of the `X-Version` header the successor is called with. */
  readonly apiVersion: string;
  readonly operationId: string;
  readonly parameters: readonly ParameterMapping[];
}

export interface CatalogEntry {
  /** Stable key, used in reports and options. */
  readonly id: string;
  readonly method: HttpMethod;
  /** Path template, `{name}` for each path parameter, starting at the API root. */
  readonly path: string;
  /** The endpoint's name in Workiva's API reference. */
  readonly docName: string;
  readonly operationId: string;
  /** True where the operationId follows the docs' naming pattern but is not printed in them. */
  readonly operationIdInferred: boolean;
  readonly apiVersion: string;
  /** ISO dates (UTC). */
  readonly deprecated: string;
  readonly sunset: string;
  /** Starts a long-running operation: 202 + Location + Retry-After. */
  readonly longRunning: boolean;
  readonly successor: SuccessorEndpoint | null;
  /** Name of the runtime wrapper function that migrates calls of this endpoint, if any. */
  readonly wrapper: string | null;
}

export interface Catalog {
  readonly formatVersion: string;
  readonly entries: readonly CatalogEntry[];
}

const PROTOTYPE_API_VERSION = '2022-01-01';
const PROTOTYPE_DEPRECATED = '2026-02-12';
const PROTOTYPE_SUNSET = '2027-01-31';
const SAMPLE_PATH = '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}';

export const SAMPLE_ATTACHMENT_EXPORT: CatalogEntry = {
  id: 'audit-sample-attachment-export',
  method: 'POST',
  path: `${SAMPLE_PATH}/attachments/{attachmentId}/export`,
  docName: 'Initiate an export of a sample attachment',
  operationId: 'auditSampleAttachmentExportById',
  operationIdInferred: true,
  apiVersion: PROTOTYPE_API_VERSION,
  deprecated: PROTOTYPE_DEPRECATED,
  sunset: PROTOTYPE_SUNSET,
  longRunning: true,
  wrapper: 'exportSampleAttachment',
  successor: {
    method: 'POST',
    path: '/testForms/{testFormId}/testPhases/{testPhaseId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export',
    apiVersion: '2026-01-01',
    operationId: 'sampleAttachmentExportById',
    parameters: [
      {
        successor: 'testFormId',
        legacy: 'auditId',
        status: 'inferred',
        evidence:
          'Workiva says most prototype endpoints were "promoted to GA" in 2026-01-01, and the docs\' example audit and example test form share the same id and name. Not stated outright.',
      },
      {
        successor: 'testPhaseId',
        legacy: null,
        status: 'must-supply',
        evidence:
          'Nothing says testPhaseId = procedureId: the docs\' example ids have different shapes and a procedure carries phaseName/groupName fields.',
      },
      { successor: 'matrixId', legacy: 'matrixId', status: 'inferred', evidence: 'Same parameter name in both versions; the mapping is not documented.' },
      { successor: 'sampleId', legacy: 'sampleId', status: 'inferred', evidence: 'Same parameter name in both versions; the mapping is not documented.' },
      { successor: 'attachmentId', legacy: 'attachmentId', status: 'inferred', evidence: 'Same parameter name in both versions; the mapping is not documented.' },
    ],
  },
};

/** Sibling prototype endpoints: same sunset, no documented successor, so no automatic migration. */
function prototypeSibling(id: string, method: HttpMethod, path: string, docName: string, operationId: string, longRunning: boolean): CatalogEntry {
  return {
    id,
    method,
    path,
    docName,
    operationId,
    operationIdInferred: true,
    apiVersion: PROTOTYPE_API_VERSION,
    deprecated: PROTOTYPE_DEPRECATED,
    sunset: PROTOTYPE_SUNSET,
    longRunning,
    successor: null,
    wrapper: null,
  };
}

export const CATALOG: Catalog = {
  formatVersion: CATALOG_FORMAT_VERSION,
  entries: [
    SAMPLE_ATTACHMENT_EXPORT,
    prototypeSibling('audit-by-id', 'GET', '/prototype/platform/audits/{auditId}', 'Retrieve a single audit', 'auditById', false),
    prototypeSibling('audit-sample-by-id', 'GET', SAMPLE_PATH, 'Retrieve a single sample', 'auditSampleById', false),
    prototypeSibling(
      'audit-samples-update',
      'POST',
      '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/update',
      'Update samples of a matrix',
      'auditSamplesUpdate',
      true,
    ),
    prototypeSibling('files-export', 'POST', '/prototype/platform/files/export', 'Initiate an export of files', 'filesExport', true),
    prototypeSibling('file-export-by-id', 'POST', '/prototype/platform/files/{fileId}/export', 'Initiate an export of a file', 'fileExportById', true),
  ],
};
