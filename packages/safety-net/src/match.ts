// Recognises the deprecated export in an outgoing request from its method and path alone, cheaply:
// every request of the process passes here, so "not ours" is decided before any regular expression,
// parsing or buffering (a POST whose path mentions `/export`, nothing else is looked at further).
import { SAMPLE_ATTACHMENT_EXPORT } from 'workiva-sunset/catalog';
import type { LegacySampleAttachmentIds } from 'workiva-sunset';

export interface ExportMatch {
  /** Path before the template (a proxy mount point, an API gateway prefix), without a trailing slash. */
  readonly prefix: string;
  /** The path ids, percent-decoded. */
  readonly ids: LegacySampleAttachmentIds;
  /** The query string, `?` included, or ''. */
  readonly query: string;
}

const ID_NAMES: readonly string[] = [...SAMPLE_ATTACHMENT_EXPORT.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

// The catalog template as a suffix of the path: one segment per id, an optional trailing slash.
const TEMPLATE = new RegExp(`^(.*?)${SAMPLE_ATTACHMENT_EXPORT.path.replace(/\{\w+\}/g, '([^/]+)')}/?$`);

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** The export's ids if `method` + `path` (origin-relative, may carry a query) is the deprecated export. */
export function matchExport(method: string, path: string): ExportMatch | undefined {
  if (method.length !== 4 || method.toUpperCase() !== SAMPLE_ATTACHMENT_EXPORT.method) return undefined;
  if (!path.includes('/export')) return undefined;
  const queryAt = path.search(/[?#]/);
  const bare = queryAt === -1 ? path : path.slice(0, queryAt);
  const match = TEMPLATE.exec(bare);
  if (!match) return undefined;
  const ids: Record<string, string> = {};
  for (const [index, name] of ID_NAMES.entries()) {
    const value = decode(match[index + 2]!);
    if (value === undefined || value === '') return undefined;
    ids[name] = value;
  }
  const query = queryAt === -1 ? '' : path.slice(queryAt).split('#')[0]!;
  return { prefix: match[1]!.replace(/\/+$/, ''), ids: ids as unknown as LegacySampleAttachmentIds, query };
}
