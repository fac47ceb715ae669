// The API root a call goes to: the regional hosts, and the normalisation of a user's `baseUrl`.
import { WorkivaSunsetError } from './errors.js';

/** Workiva's regional API hosts. */
export const WORKIVA_API_HOSTS = {
  us: 'https://api.app.wdesk.com',
  eu: 'https://api.eu.wdesk.com',
  apac: 'https://api.apac.wdesk.com',
} as const;

export const DEFAULT_BASE_URL = WORKIVA_API_HOSTS.us;

const PROTOTYPE_PREFIX = /\/prototype\/platform$/;

/**
 * The API root without a trailing slash or a trailing `/prototype/platform` (code that called the
 * legacy endpoint often kept that prefix in its base URL).
 */
export function normalizeBaseUrl(baseUrl: string = DEFAULT_BASE_URL): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch (cause) {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `baseUrl ${JSON.stringify(baseUrl)} is not an absolute URL`, cause });
  }
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '').replace(PROTOTYPE_PREFIX, '');
  return url;
}

/** `root` + an absolute API path, keeping any path prefix of the root (e.g. a proxy mount point). */
export function joinApiPath(root: URL, path: string): string {
  return `${root.origin}${root.pathname.replace(/\/+$/, '')}${path}`;
}
