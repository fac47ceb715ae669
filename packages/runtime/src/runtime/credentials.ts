// Who may receive the bearer token (the API origin and the user's trusted origins, nobody else) and
// where the token comes from (a string, a function re-asked once after a 401, or an Authorization header).
import { WorkivaSunsetError } from './errors.js';
import type { TokenSource } from './types.js';

export class TrustPolicy {
  readonly apiOrigin: string;
  private readonly origins: ReadonlySet<string>;

  constructor(apiOrigin: string, trustedOrigins: readonly string[] = []) {
    this.apiOrigin = apiOrigin;
    const origins = new Set([apiOrigin]);
    for (const entry of trustedOrigins) {
      try {
        origins.add(new URL(entry).origin);
      } catch (cause) {
        throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `trustedOrigins entry ${JSON.stringify(entry)} is not a URL`, cause });
      }
    }
    this.origins = origins;
  }

  /** Whether `url` may receive the token; a string that is not a URL is not trusted. */
  isTrusted(url: string | URL): boolean {
    try {
      return this.origins.has(new URL(url).origin);
    } catch {
      return false;
    }
  }
}

const BEARER = /^bearer\s/i;
// RFC 9110 field-value characters (tab, visible ASCII, obs-text). fetch would reject anything else with
// an error that quotes the whole value — the token — so it is refused here, by position only.
const HEADER_VALUE_CHAR = /^[\t\x20-\x7e\x80-\xff]*$/;
const INVALID_HEADER_VALUE_CHAR = /[^\t\x20-\x7e\x80-\xff]/;
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Position of the first character not allowed in a header value, or -1. */
function invalidCharacterAt(value: string): number {
  return HEADER_VALUE_CHAR.test(value) ? -1 : value.search(INVALID_HEADER_VALUE_CHAR);
}

function checkHeader(name: string, value: unknown): string {
  if (!HEADER_NAME.test(name)) {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `headers option: ${JSON.stringify(name)} is not a valid header name` });
  }
  if (typeof value !== 'string') {
    throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: `headers option: the value of ${name} is not a string` });
  }
  const at = invalidCharacterAt(value);
  if (at !== -1) {
    throw new WorkivaSunsetError({
      code: 'INVALID_CONFIGURATION',
      message: `headers option: the value of ${name} has a character that is not allowed in an HTTP header at position ${at} (value not shown: it may be a secret)`,
    });
  }
  return value;
}

function isAuthorizationHeader(name: string): boolean {
  return name.toLowerCase() === 'authorization';
}

/** The credential of one export: asked for once, asked again (once per request) after a 401. */
export class Credentials {
  private readonly token: TokenSource | undefined;
  private readonly headerAuthorization: string | undefined;
  /** The caller's extra headers minus Authorization: sent to trusted origins only, as they may carry secrets. */
  readonly extraHeaders: Readonly<Record<string, string>>;
  private current: Promise<string | undefined> | undefined;

  constructor(token: TokenSource | undefined, headers: Readonly<Record<string, string>> = {}) {
    this.token = token;
    const extra: Record<string, string> = {};
    let headerAuthorization: string | undefined;
    for (const [name, raw] of Object.entries(headers)) {
      const value = checkHeader(name, raw);
      if (isAuthorizationHeader(name)) headerAuthorization = value;
      else extra[name] = value;
    }
    this.headerAuthorization = headerAuthorization;
    this.extraHeaders = extra;
  }

  /** Whether a 401 is worth one retry: only a token function can return a fresh token. */
  get canRefresh(): boolean {
    return typeof this.token === 'function';
  }

  /** The `Authorization` header value, or undefined when the caller supplied none. */
  authorization(): Promise<string | undefined> {
    this.current ??= this.load();
    return this.current;
  }

  /** Asks the token function for a new token (after a 401). */
  refresh(): Promise<string | undefined> {
    this.current = this.load();
    return this.current;
  }

  private async load(): Promise<string | undefined> {
    if (this.token === undefined) return this.headerAuthorization;
    const token = typeof this.token === 'function' ? await callTokenFunction(this.token) : this.token;
    if (typeof token !== 'string' || token === '') {
      throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: 'The token option returned an empty or non-string token' });
    }
    const at = invalidCharacterAt(token);
    if (at !== -1) {
      throw new WorkivaSunsetError({
        code: 'INVALID_CONFIGURATION',
        message: `The token option returned a token with a character that is not allowed in an HTTP header at position ${at} (token not shown)`,
      });
    }
    return BEARER.test(token) ? token : `Bearer ${token}`;
  }
}

async function callTokenFunction(token: () => string | Promise<string>): Promise<unknown> {
  try {
    return await token();
  } catch (cause) {
    throw new WorkivaSunsetError({ code: 'CALLBACK_FAILED', message: `The token function threw: ${cause instanceof Error ? cause.message : String(cause)}`, cause });
  }
}
