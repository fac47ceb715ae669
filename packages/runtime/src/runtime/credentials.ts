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

  isTrusted(url: string | URL): boolean {
    return this.origins.has(new URL(url).origin);
  }
}

const BEARER = /^bearer\s/i;

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
    for (const [name, value] of Object.entries(headers)) {
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
    const token = typeof this.token === 'function' ? await this.token() : this.token;
    if (typeof token !== 'string' || token === '') {
      throw new WorkivaSunsetError({ code: 'INVALID_CONFIGURATION', message: 'The token option returned an empty or non-string token' });
    }
    return BEARER.test(token) ? token : `Bearer ${token}`;
  }
}
