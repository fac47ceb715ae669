// The HTTP method of a request: from a member name (`axios.post`), a method string (`'POST'`,
// a const holding it) or the `method` of an options/config object. Case-insensitive.
import type { HttpMethod } from '../catalog/endpoints.js';
import { getObjectProperty } from './resolve-expression.js';
import { isAllText, partsText } from './url-parts.js';
import type { Value } from './values.js';

const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Methods a request can have that no catalog entry uses: a request with one of these matches nothing. */
const OTHER_METHODS: ReadonlySet<string> = new Set(['HEAD', 'OPTIONS', 'TRACE', 'CONNECT']);

/** What is known of a method: one of the catalog's, another real method, or not known statically. */
export type MethodReading = HttpMethod | 'other' | 'unknown';

/** `post` → POST, `del` → DELETE (superagent); undefined for names that are not HTTP verbs. */
export function getMethodFromName(name: string): HttpMethod | 'other' | undefined {
  const upper = name.toUpperCase();
  if (upper === 'DEL') return 'DELETE';
  if (METHODS.has(upper)) return upper as HttpMethod;
  return OTHER_METHODS.has(upper) ? 'other' : undefined;
}

export function readMethodValue(value: Value): MethodReading {
  if (value.kind !== 'string' || !isAllText(value.parts)) return 'unknown';
  const upper = partsText(value.parts).trim().toUpperCase();
  if (METHODS.has(upper)) return upper as HttpMethod;
  return OTHER_METHODS.has(upper) ? 'other' : 'unknown';
}

/** Whether a value is a method string (for "a method argument next to the URL"). */
export function isMethodString(value: Value): boolean {
  const reading = readMethodValue(value);
  return reading !== 'unknown';
}

/** The `method` of a config object: undefined when it certainly has none, `unknown` when it cannot be read. */
export function readConfigMethod(config: Value, depth = 0): MethodReading | undefined {
  if (config.kind !== 'object') return config.kind === 'unknown' ? 'unknown' : undefined;
  const method = getObjectProperty(config, 'method', depth);
  return method === undefined ? undefined : readMethodValue(method);
}
