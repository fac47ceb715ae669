export interface TenantConfig {
  id: string;
  apiBase: string;
  credentials: { kind: 'static'; token: string } | { kind: 'client_credentials'; clientId: string; clientSecret: string };
  defaultHeaders?: Record<string, string>;
}

export class TenantRegistry {
  private readonly tenants = new Map<string, TenantConfig>();
  private readonly tokenCache = new Map<string, { token: string; expires: number }>();

  add(cfg: TenantConfig): this {
    this.tenants.set(cfg.id, cfg);
    return this;
  }

  get(id: string): TenantConfig {
    const cfg = this.tenants.get(id);
    if (!cfg) throw new Error(`unknown tenant ${id}`);
    return cfg;
  }

  async authorization(id: string): Promise<string> {
    const cfg = this.get(id);
    if (cfg.credentials.kind === 'static') return `Bearer ${cfg.credentials.token}`;
    const hit = this.tokenCache.get(id);
    if (hit && hit.expires > Date.now()) return `Bearer ${hit.token}`;
    const form = new URLSearchParams();
    form.set('grant_type', 'client_credentials');
    form.set('client_id', cfg.credentials.clientId);
    form.set('client_secret', cfg.credentials.clientSecret);
    const res = await fetch(`${cfg.apiBase}/iam/v1/oauth2/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form });
    if (!res.ok) throw new Error(`token request for ${id} failed: ${res.status}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    this.tokenCache.set(id, { token: body.access_token, expires: Date.now() + (body.expires_in - 30) * 1000 });
    return `Bearer ${body.access_token}`;
  }
}
