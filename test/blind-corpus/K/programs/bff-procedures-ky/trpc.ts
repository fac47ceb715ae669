import type { KyInstance } from 'ky';
import type { Validator } from './validators.js';

export interface Context {
  requestId: string;
  userToken: string;
  workiva: KyInstance;
  workivaAbsolute: KyInstance;
}

type Resolver<I, O> = (opts: { ctx: Context; input: I }) => Promise<O>;

export interface Procedure<I, O> {
  readonly kind: 'query' | 'mutation';
  call(ctx: Context, raw: unknown): Promise<O>;
  readonly _input?: I;
}

function builder<I>(validate: Validator<I>) {
  const make = <O>(kind: 'query' | 'mutation', resolve: Resolver<I, O>): Procedure<I, O> => ({
    kind,
    call: (ctx, raw) => resolve({ ctx, input: validate(raw) }),
  });
  return {
    query: <O>(resolve: Resolver<I, O>) => make('query', resolve),
    mutation: <O>(resolve: Resolver<I, O>) => make('mutation', resolve),
  };
}

export const procedure = { input: builder };

export type Router = Record<string, Procedure<any, any>>;

export function createCaller<R extends Router>(router: R, ctx: Context): { [K in keyof R]: (input: Parameters<R[K]['call']>[1]) => ReturnType<R[K]['call']> } {
  return new Proxy({} as never, {
    get: (_t, name: string) => (input: unknown) => {
      const proc = router[name];
      if (!proc) throw new Error(`No procedure "${name}"`);
      return proc.call(ctx, input);
    },
  });
}
