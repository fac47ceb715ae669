// Minimal provider container. We dropped the framework for cold-start reasons but kept its shape.
type Ctor<T = unknown> = new (...args: any[]) => T;

export interface ProviderToken<T> {
  readonly description: string;
  readonly __type?: T;
}

export function token<T>(description: string): ProviderToken<T> {
  return { description };
}

const registry = new Map<Ctor, Array<Ctor | ProviderToken<unknown>>>();

export function Injectable(...deps: Array<Ctor | ProviderToken<unknown>>) {
  return function <C extends Ctor>(target: C, _context: ClassDecoratorContext<C>): C {
    registry.set(target, deps);
    return target;
  };
}

export class Container {
  private readonly instances = new Map<unknown, unknown>();

  provide<T>(key: ProviderToken<T> | Ctor<T>, value: T): this {
    this.instances.set(key, value);
    return this;
  }

  get<T>(key: Ctor<T> | ProviderToken<T>): T {
    if (this.instances.has(key)) return this.instances.get(key) as T;
    if (typeof key !== 'function') throw new Error(`No provider for ${key.description}`);
    const deps = registry.get(key);
    if (!deps) throw new Error(`${key.name} is not @Injectable()`);
    const instance = new key(...deps.map((d) => this.get(d as Ctor)));
    this.instances.set(key, instance);
    return instance;
  }
}
