import type { Got } from 'got';

export interface PluginHost {
  readonly api: Got;
  readonly logger: Pick<Console, 'info' | 'warn' | 'error'>;
  onEvent(name: string, handler: (payload: Record<string, string>) => Promise<unknown>): void;
  provide(name: string, handler: (input: Record<string, string>) => Promise<Uint8Array>): void;
}

export type Plugin = (host: PluginHost) => void;

export class Host implements PluginHost {
  private readonly handlers = new Map<string, (input: Record<string, string>) => Promise<Uint8Array>>();
  private readonly listeners = new Map<string, ((payload: Record<string, string>) => Promise<unknown>)[]>();

  constructor(readonly api: Got, readonly logger: Pick<Console, 'info' | 'warn' | 'error'>) {}

  use(...plugins: Plugin[]): this {
    for (const plugin of plugins) plugin(this);
    return this;
  }

  onEvent(name: string, handler: (payload: Record<string, string>) => Promise<unknown>): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), handler]);
  }

  provide(name: string, handler: (input: Record<string, string>) => Promise<Uint8Array>): void {
    this.handlers.set(name, handler);
  }

  async call(name: string, input: Record<string, string>): Promise<Uint8Array> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`no provider for ${name}`);
    return handler(input);
  }

  async emit(name: string, payload: Record<string, string>): Promise<void> {
    await Promise.all((this.listeners.get(name) ?? []).map((l) => l(payload)));
  }
}
