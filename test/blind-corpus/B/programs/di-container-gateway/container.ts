export type Token<T> = symbol & { __type?: T };
export const token = <T>(description: string): Token<T> => Symbol(description) as Token<T>;

type Factory<T> = (c: Container) => T;

export class Container {
  private readonly factories = new Map<symbol, Factory<unknown>>();
  private readonly singletons = new Map<symbol, unknown>();

  register<T>(key: Token<T>, factory: Factory<T>): this {
    this.factories.set(key, factory);
    return this;
  }

  resolve<T>(key: Token<T>): T {
    if (this.singletons.has(key)) return this.singletons.get(key) as T;
    const factory = this.factories.get(key);
    if (!factory) throw new Error(`nothing registered for ${key.description}`);
    const instance = factory(this) as T;
    this.singletons.set(key, instance);
    return instance;
  }
}
