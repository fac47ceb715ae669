export type HttpVerb = 'GET' | 'POST';

export interface RouteDefinition {
  verb: HttpVerb;
  path: string;
  handler: string;
}

const controllers = new Map<Function, { prefix: string; routes: RouteDefinition[] }>();
const pendingRoutes: RouteDefinition[] = [];

export function Controller(prefix: string) {
  return function <T extends new (...args: any[]) => object>(target: T, _ctx: ClassDecoratorContext<T>): T {
    controllers.set(target, { prefix, routes: pendingRoutes.splice(0) });
    return target;
  };
}

function route(verb: HttpVerb, path: string) {
  return function (_method: unknown, ctx: ClassMethodDecoratorContext) {
    pendingRoutes.push({ verb, path, handler: String(ctx.name) });
  };
}

export const Get = (path: string) => route('GET', path);
export const Post = (path: string) => route('POST', path);

export function routesOf(target: Function): { prefix: string; routes: RouteDefinition[] } {
  const meta = controllers.get(target);
  if (!meta) throw new Error(`${target.name} is not a controller`);
  return meta;
}
