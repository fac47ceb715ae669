export interface TriggerEvent {
  connector: string;
  operation: string;
  input: Record<string, string>;
}

export interface Connector {
  readonly slug: string;
  readonly operations: Record<string, (input: Record<string, string>) => Promise<Uint8Array>>;
}

const connectors: Connector[] = [];

export function registerConnector(c: Connector): void {
  connectors.push(c);
}

export async function dispatch(event: TriggerEvent): Promise<Uint8Array> {
  const connector = connectors.find((c) => c.slug === event.connector);
  const op = connector?.operations[event.operation];
  if (!op) throw new Error(`no operation ${event.connector}.${event.operation}`);
  return op(event.input);
}
