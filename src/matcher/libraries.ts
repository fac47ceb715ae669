// The HTTP and mocking libraries the matcher recognises: which import specifier is which library,
// and what a member of a library is (`globalThis.fetch` is fetch, `undici.fetch` too).
import type { LibraryName, Value } from './values.js';

const LIBRARY_BY_SPECIFIER: Readonly<Record<string, LibraryName>> = {
  'node-fetch': 'fetch',
  'cross-fetch': 'fetch',
  'isomorphic-fetch': 'fetch',
  'isomorphic-unfetch': 'fetch',
  unfetch: 'fetch',
  undici: 'undici',
  axios: 'axios',
  got: 'got',
  ky: 'ky',
  'ky-universal': 'ky',
  superagent: 'superagent',
  nock: 'nock',
  msw: 'msw',
  'fetch-mock': 'fetch-mock',
  sinon: 'sinon',
};

/**
 * Node built-ins whose functions build URL text (`path.posix.join`, `url.resolve`). Kept apart from
 * the HTTP libraries: importing them does not make a sibling module worth parsing.
 */
const BUILTIN_BY_SPECIFIER: Readonly<Record<string, LibraryName>> = {
  path: 'path',
  'path/posix': 'path',
  url: 'url',
};

/** Every import specifier that names a recognised HTTP or mocking library. */
export function getLibrarySpecifiers(): readonly string[] {
  return Object.keys(LIBRARY_BY_SPECIFIER);
}

export function getLibraryForSpecifier(specifier: string): LibraryName | undefined {
  const bare = specifier.replace(/^node:/, '');
  return LIBRARY_BY_SPECIFIER[bare] ?? BUILTIN_BY_SPECIFIER[bare];
}

/** Globals that stand for a library when no declaration shadows them. */
export function getGlobalLibraryValue(name: string): Value | undefined {
  switch (name) {
    case 'fetch':
      return { kind: 'library', library: 'fetch', path: [] };
    case 'globalThis':
    case 'window':
    case 'self':
    case 'global':
      return { kind: 'library', library: 'global', path: [] };
    case 'fetchMock':
      return { kind: 'library', library: 'fetch-mock', path: [] };
    default:
      return undefined;
  }
}

/** A member of a library value; `default` (interop) is transparent. */
export function getLibraryMember(library: LibraryName, path: readonly string[], name: string): Value {
  if (name === 'default') return { kind: 'library', library, path };
  if (path.length === 0) {
    if (library === 'global') return name === 'fetch' ? { kind: 'library', library: 'fetch', path: [] } : { kind: 'unknown' };
    if (library === 'undici' && name === 'fetch') return { kind: 'library', library: 'fetch', path: [] };
    if (library === 'fetch' && name === 'fetch') return { kind: 'library', library: 'fetch', path: [] };
  }
  return { kind: 'library', library, path: [...path, name] };
}
