// The contract between the shared matcher and its two users, the lint rule and the codemod.
// The matcher answers one question per file: "which expressions send a request to a catalog
// endpoint, and which parts of each call are base URL, ids, credentials, signal, body?"
import type { TSESTree } from '@typescript-eslint/utils';
import type { CatalogEntry, HttpMethod } from 'workiva-sunset/catalog';

/** The HTTP client a request site sends through. */
export type ClientKind =
  | 'fetch' // global fetch, node-fetch, undici.fetch, cross-fetch
  | 'request' // new Request(url, init) passed to fetch
  | 'undici' // undici.request(url, { method })
  | 'axios' // axios.post(url), axios({ method, url }), axios.request(config), axios.create() instances
  | 'got' // got.post(url), got(url, { method }), got.extend({ prefixUrl }) instances
  | 'ky' // ky.post(url), ky(url, { method }), ky.create/extend({ prefixUrl }) instances
  | 'superagent' // superagent.post(url).set(...).send(...), request(method, url)
  | 'http-helper' // a team's own helper: api.post(path), request('POST', path, body), ...
  | 'unidentified'; // a call the matcher knows no client for, receiving the path's skeleton (skeleton-net.ts)

/** Where in the source a value was written; `file` is absolute. */
export interface SourcePosition {
  readonly file: string;
  readonly line: number; // 1-based
  readonly column: number; // 0-based, as ESLint reports
}

/** One piece of a resolved URL: known text, or an expression whose value is unknown statically. */
export type UrlPart =
  | { readonly kind: 'text'; readonly value: string; readonly at: SourcePosition | null }
  | {
      readonly kind: 'dynamic';
      /**
       * The expression, when it is in the file being analysed; null when it lives in another module,
       * or when `text` was rewritten through a helper function's parameters (see `text`).
       */
      readonly node: TSESTree.Node | null;
      /**
       * The expression as written (for messages, and for the codemod when `node` is in this file).
       * Inside a helper function called with arguments, parameters are replaced by the call's
       * argument texts, so `ref.auditId` in `exportUrl(ref)` called as `exportUrl(r)` reads `r.auditId`.
       */
      readonly text: string;
      readonly at: SourcePosition | null;
      /** True when the source wrapped it in encodeURIComponent (node/text are the unwrapped value). */
      readonly encoded: boolean;
    };

/** A path parameter's value at a request site. */
export type ParamValue =
  | { readonly kind: 'literal'; readonly value: string }
  | {
      readonly kind: 'expression';
      /** The expression in the analysed file; null when it was only found in another module. */
      readonly node: TSESTree.Node | null;
      readonly text: string;
      /** True when the source wrapped it in encodeURIComponent (node/text are the unwrapped value). */
      readonly encoded: boolean;
    };

export interface EndpointMatch {
  readonly entry: CatalogEntry;
  /** Every `{name}` of `entry.path`, by name. */
  readonly params: Readonly<Record<string, ParamValue>>;
  /** URL parts before the endpoint path: scheme, host, base-URL variables (may be empty for relative URLs). */
  readonly base: readonly UrlPart[];
  /** URL parts after the endpoint path (query string, fragment); usually empty. */
  readonly suffix: readonly UrlPart[];
  /** Where the endpoint path's text was written, when that is outside the sending call. */
  readonly builtAt: SourcePosition | null;
}

export interface RequestSite {
  /** The expression that sends the request. Reports land here; the codemod replaces it. */
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly client: ClientKind;
  readonly method: HttpMethod;
  /** The expression the URL was read from (an argument, or the `url` property of a config). */
  readonly urlNode: TSESTree.Node;
  /** The full resolved URL (base + path + suffix). */
  readonly url: readonly UrlPart[];
  readonly match: EndpointMatch;
  /** fetch init / axios config / got or ky options, when it is an object literal in this file. */
  readonly options: TSESTree.ObjectExpression | null;
  /** The options expression as passed, when it is not an object literal (a variable, a spread...). */
  readonly opaqueOptions: TSESTree.Node | null;
  /**
   * The instance for instance clients (`api` in `api.post(...)` after `axios.create`), and the
   * receiver of a team's helper (`this.http` in `this.http.post(...)`, `baseUrl` null), else null.
   */
  readonly instance: { readonly node: TSESTree.Node; readonly baseUrl: readonly UrlPart[] | null } | null;
  /** Builder calls chained onto the sender (superagent `.set(...)`, `.send(...)`), innermost first. */
  readonly chain: readonly TSESTree.CallExpression[];
  /** The site is an HTTP mock (nock, msw), reported only when the rule is told to. */
  readonly mock: boolean;
  /** Which mocking library, when `mock` is true. */
  readonly mockLibrary: MockLibrary | null;
  /**
   * Set when the URL is one branch of a choice (`flag ? successorUrl : legacyUrl`, `override ??
   * legacyUrl`): the request goes to the endpoint on one path only, so it is reported, never rewritten.
   */
  readonly urlChoice?: TSESTree.ConditionalExpression | TSESTree.LogicalExpression;
  /**
   * Set when only the skeleton net found the site (skeleton-net.ts): the path's fixed segments reach
   * this call, but its parameters or its client are not known exactly, so it is reported, never rewritten.
   */
  readonly foundBySkeleton?: boolean;
  /**
   * Set when the request is sent inside a module that disables ESLint for the whole file (a generated
   * OpenAPI client): this site is the team's call into it, where a lint report can be seen. The codemod
   * works on the request where it is sent, so it does not migrate this one.
   */
  readonly sentAt?: SourcePosition;
}

export type MockLibrary = 'nock' | 'msw' | 'fetch-mock' | 'sinon';

export interface MatcherOptions {
  /** Absolute path of the file being analysed (imports are resolved relative to it). */
  readonly filename: string;
  /** Names of a team's own request helpers to treat as senders, e.g. `apiRequest`, `client.call`. */
  readonly additionalSenders?: readonly string[];
}
