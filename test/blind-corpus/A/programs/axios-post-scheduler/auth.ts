let current = process.env.WORKIVA_TOKEN ?? '';

export function setToken(token: string): void {
  current = token;
}

export function authHeaders(): Record<string, string> {
  if (!current) throw new Error('no Workiva token configured');
  return { Authorization: `Bearer ${current}` };
}
