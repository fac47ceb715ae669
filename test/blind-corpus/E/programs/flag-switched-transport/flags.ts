export type Transport = 'fetch' | 'axios';

export interface Flags {
  transport: Transport;
  sendVersionHeader: boolean;
}

export function readFlags(source: NodeJS.ProcessEnv = process.env): Flags {
  const transport = source['EXPORT_TRANSPORT'] === 'axios' ? 'axios' : 'fetch';
  return { transport, sendVersionHeader: source['EXPORT_SEND_VERSION'] !== 'false' };
}
