import type { AxiosInstance } from 'axios';

export interface ConnectorContext {
  http: AxiosInstance;
  log: (level: 'debug' | 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;
  sleep: (ms: number) => Promise<void>;
}

export interface ConnectorAction<I, O> {
  key: string;
  description: string;
  execute(ctx: ConnectorContext, input: I): Promise<O>;
}

export interface ConnectorPlugin {
  id: string;
  version: string;
  actions: ConnectorAction<any, any>[];
  setup?(ctx: ConnectorContext): Promise<void> | void;
}

export class PluginRegistry {
  private readonly plugins = new Map<string, ConnectorPlugin>();

  register(plugin: ConnectorPlugin): this {
    if (this.plugins.has(plugin.id)) throw new Error(`connector ${plugin.id} registered twice`);
    this.plugins.set(plugin.id, plugin);
    return this;
  }

  action<I, O>(pluginId: string, key: string): ConnectorAction<I, O> {
    const plugin = this.plugins.get(pluginId);
    const action = plugin?.actions.find((a) => a.key === key);
    if (!action) throw new Error(`unknown action ${pluginId}/${key}`);
    return action as ConnectorAction<I, O>;
  }

  list(): string[] {
    return [...this.plugins.values()].flatMap((p) => p.actions.map((a) => `${p.id}@${p.version}/${a.key}`));
  }
}
