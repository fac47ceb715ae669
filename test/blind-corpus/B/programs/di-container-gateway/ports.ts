import { token } from './container.js';

export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  json?: unknown;
  binary?: boolean;
}

export interface HttpResult {
  status: number;
  header(name: string): string | null;
  json<T>(): T;
  bytes(): Uint8Array;
}

export interface HttpPort {
  send(req: HttpRequest): Promise<HttpResult>;
}

export interface Clock {
  sleep(ms: number): Promise<void>;
  now(): number;
}

export interface CredentialsPort {
  bearer(): Promise<string>;
}

export interface ApiSettings {
  platformBase: string;
  apiVersion: string;
  pollTimeoutMs: number;
}

export const HTTP = token<HttpPort>('HttpPort');
export const CLOCK = token<Clock>('Clock');
export const CREDENTIALS = token<CredentialsPort>('CredentialsPort');
export const SETTINGS = token<ApiSettings>('ApiSettings');
