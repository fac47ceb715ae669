// What the matcher knows about an expression's value: URL text, an object or array literal, a
// helper function, an HTTP library (or a member of it), a client instance, a mock scope...
import type { Variable } from '@typescript-eslint/scope-manager';
import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from './ast.js';
import type { ModuleContext } from './module-context.js';
import type { UrlPart } from './types.js';

/** Libraries recognised by their import specifier (or as globals, for `fetch`); `path` and `url` are Node's. */
export type LibraryName = 'fetch' | 'undici' | 'axios' | 'got' | 'ky' | 'superagent' | 'nock' | 'msw' | 'fetch-mock' | 'sinon' | 'global' | 'path' | 'url';

/** Parameters of a helper function being evaluated, bound to the call's arguments. */
export type Bindings = ReadonlyMap<Variable, Binding>;

export type Binding =
  | { readonly kind: 'argument'; readonly expression: TSESTree.Node; readonly ctx: ModuleContext; readonly env: Bindings }
  /** A property of an argument (a destructured parameter `({ auditId }) => ...`). */
  | { readonly kind: 'property'; readonly of: Binding; readonly key: string }
  /** No argument was passed (and no default). */
  | { readonly kind: 'missing' };

export type InstanceClient = 'axios' | 'got' | 'ky';

export type Value =
  /** A string (or a value used as one) made of known text and unknown pieces. */
  | { readonly kind: 'string'; readonly parts: readonly UrlPart[] }
  /** A `URL` object: converts to its string. */
  | { readonly kind: 'url'; readonly parts: readonly UrlPart[] }
  | { readonly kind: 'object'; readonly node: TSESTree.ObjectExpression; readonly ctx: ModuleContext; readonly env: Bindings }
  | { readonly kind: 'array'; readonly node: TSESTree.ArrayExpression; readonly ctx: ModuleContext; readonly env: Bindings }
  | { readonly kind: 'enum'; readonly node: TSESTree.TSEnumDeclaration; readonly ctx: ModuleContext }
  | { readonly kind: 'function'; readonly node: FunctionNode; readonly ctx: ModuleContext; readonly env: Bindings }
  /** A class, for its static members (`ApiRoutes.sampleExport(...)`, `Paths.BASE`). */
  | { readonly kind: 'class'; readonly node: TSESTree.ClassDeclaration | TSESTree.ClassExpression; readonly ctx: ModuleContext }
  /** A library export, or a member path into it: `axios`, `axios.post`, `msw.http.post`. */
  | { readonly kind: 'library'; readonly library: LibraryName; readonly path: readonly string[] }
  /** An axios/got/ky instance with its base URL (null when unknown); `member` once a member is taken. */
  | {
      readonly kind: 'instance';
      readonly client: InstanceClient;
      readonly baseUrl: readonly UrlPart[] | null;
      readonly member: string | null;
    }
  /** `new Request(url, init)`. */
  | { readonly kind: 'request'; readonly node: TSESTree.NewExpression; readonly ctx: ModuleContext; readonly env: Bindings }
  /** `import * as ns from './sibling'` (parsed only when a member is read). */
  | { readonly kind: 'namespace'; readonly file: string }
  /**
   * An export of a sibling not worth parsing (it mentions no catalog keyword and no HTTP library).
   * Called with arguments that carry endpoint text (`withBase('/prototype/...')`), it is parsed after all.
   */
  | { readonly kind: 'unloaded-export'; readonly file: string; readonly name: string }
  /** `nock(base)` and what its chain returns; `interceptor` after `.post(path)` and the like. */
  | { readonly kind: 'nock'; readonly baseUrl: readonly UrlPart[]; readonly member: string | null }
  /** `sinon.stub(target, 'name')`: name is the stubbed member (`fetch`, `post`...). */
  | { readonly kind: 'sinon-stub'; readonly stubbed: string | null; readonly target: Value; readonly member: string | null }
  /** A result of a library call that is not itself a request builder we follow (`superagent.post(url)`...). */
  | { readonly kind: 'library-result'; readonly library: LibraryName }
  /** A collection or helper object of the platform: `new Map()`, `new Headers()`, `new URLSearchParams()`. */
  | { readonly kind: 'builtin'; readonly name: string }
  | { readonly kind: 'unknown' };

export const UNKNOWN: Value = { kind: 'unknown' };

export const EMPTY_BINDINGS: Bindings = new Map();
