// Options that decide which request sites are reported: schema and reader together, imported by the
// rule and by the config factory (which passes them through).
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { CATALOG, type CatalogEntry } from '../../src/catalog/index.js';

export type MocksOption = 'ignore' | 'report';

export interface MatcherRuleOptions {
  readonly mocks?: MocksOption;
  readonly additionalSenders?: readonly string[];
  readonly endpoints?: readonly string[];
}

export const CATALOG_ENTRY_IDS: readonly string[] = CATALOG.entries.map((entry) => entry.id);

/** JSON schema of the matcher options, spread into the rule's schema. */
export const matcherOptionsSchema = {
  mocks: {
    type: 'string',
    enum: ['ignore', 'report'],
    description: "HTTP mocks of a deprecated endpoint (nock, msw): 'ignore' them (default) or 'report' them like real calls.",
  },
  additionalSenders: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
    description: "Names of the team's own request helpers to treat as senders, e.g. `apiRequest` or `client.call` (passed to the matcher).",
  },
  endpoints: {
    type: 'array',
    items: { type: 'string', enum: [...CATALOG_ENTRY_IDS] },
    uniqueItems: true,
    description: 'Catalog entry ids to check. Default: every entry of the catalog.',
  },
} satisfies Record<string, JSONSchema4>;

/** The catalog entries the options select (all when `endpoints` is not given). */
export function getCheckedEntries(endpoints: readonly string[] | undefined): readonly CatalogEntry[] {
  if (endpoints === undefined) return CATALOG.entries;
  const wanted = new Set(endpoints);
  return CATALOG.entries.filter((entry) => wanted.has(entry.id));
}
