import { token } from './di.js';

export interface WorkivaConfig {
  apiUrl: string;
  bearerToken: string;
  apiVersion: string;
  requestTimeoutMs: number;
}

export const WORKIVA_CONFIG = token<WorkivaConfig>('WORKIVA_CONFIG');

export function loadConfig(overrides: Partial<WorkivaConfig> = {}): WorkivaConfig {
  const apiUrl = overrides.apiUrl ?? process.env.WORKIVA_API_URL;
  const bearerToken = overrides.bearerToken ?? process.env.WORKIVA_TOKEN;
  if (!apiUrl || !bearerToken) {
    throw new Error('WORKIVA_API_URL and WORKIVA_TOKEN must be configured');
  }
  return {
    apiUrl: apiUrl.replace(/\/+$/, ''),
    bearerToken,
    apiVersion: overrides.apiVersion ?? '2022-01-01',
    requestTimeoutMs: overrides.requestTimeoutMs ?? 15_000,
  };
}
