import axios, { type AxiosInstance } from 'axios';

export interface ApiConfig {
  baseURL: string;
  token: string;
  /** Opt-in to the 2026 test-form endpoints once the tenant has been migrated. */
  testFormsEnabled: boolean;
}

export function createApi(config: ApiConfig): AxiosInstance {
  return axios.create({
    baseURL: config.baseURL,
    timeout: 30_000,
    headers: { Authorization: `Bearer ${config.token}`, Accept: 'application/json' },
  });
}
