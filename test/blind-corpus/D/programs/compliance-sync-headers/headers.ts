export const API_VERSION = '2022-01-01';

export function jsonHeaders(): Record<string, string> {
  return { 'Content-Type': 'application/json', Accept: 'application/json' };
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

export function versioned(headers: Record<string, string>, version = API_VERSION): Record<string, string> {
  return { ...headers, 'X-Version': version };
}
