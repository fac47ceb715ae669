// Minimal service container used across the controls-sync worker (predates our move to a real DI lib).
export class Token<T> {
  constructor(readonly description: string) {}
  // phantom field so tokens of different types are not assignable to each other
  declare readonly __type?: T;
}

type Factory<T> = (c: Container) => T;

export class Container {
  private readonly factories = new Map<Token<unknown>, Factory<unknown>>();
  private readonly instances = new Map<Token<unknown>, unknown>();

  register<T>(token: Token<T>, factory: Factory<T>): this {
    this.factories.set(token as Token<unknown>, factory as Factory<unknown>);
    return this;
  }

  resolve<T>(token: Token<T>): T {
    if (this.instances.has(token as Token<unknown>)) return this.instances.get(token as Token<unknown>) as T;
    const factory = this.factories.get(token as Token<unknown>);
    if (!factory) throw new Error(`No provider registered for ${token.description}`);
    const instance = factory(this) as T;
    this.instances.set(token as Token<unknown>, instance);
    return instance;
  }
}
