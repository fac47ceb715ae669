export type Region = 'us' | 'eu' | 'apac';

export interface TenantConfig {
  slug: string;
  displayName: string;
  region: Region;
  /** overrides the regional host (sandbox / on-prem proxy) */
  apiBaseUrl?: string;
  branding: { primaryColor: string; logoUrl: string };
  workiva: {
    apiVersion: string;
    endpoints: {
      auditSummary: string;
      sampleDetail: string;
      evidenceExport: string;
    };
  };
}

const REGION_HOSTS: Record<Region, string> = {
  us: 'https://api.app.wdesk.com',
  eu: 'https://api.eu.wdesk.com',
  apac: 'https://api.apac.wdesk.com',
};

const DEFAULT_ENDPOINTS: TenantConfig['workiva']['endpoints'] = {
  auditSummary: '/prototype/platform/audits/{auditId}',
  sampleDetail: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}',
  evidenceExport: '/prototype/platform/audits/{auditId}/procedures/{procedureId}/matrices/{matrixId}/samples/{sampleId}/attachments/{attachmentId}/export', // blind-corpus: path=wl-tpl-1
};

export const tenants: Record<string, TenantConfig> = {
  acme: {
    slug: 'acme',
    displayName: 'Acme Assurance Portal',
    region: 'us',
    branding: { primaryColor: '#0b5fff', logoUrl: '/static/tenants/acme.svg' },
    workiva: { apiVersion: '2022-01-01', endpoints: DEFAULT_ENDPOINTS },
  },
  nordlys: {
    slug: 'nordlys',
    displayName: 'Nordlys Revisjon',
    region: 'eu',
    branding: { primaryColor: '#1d3557', logoUrl: '/static/tenants/nordlys.svg' },
    workiva: { apiVersion: '2022-01-01', endpoints: DEFAULT_ENDPOINTS },
  },
};

export function baseUrlFor(t: TenantConfig): string {
  return t.apiBaseUrl ?? REGION_HOSTS[t.region];
}

export function expand(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = vars[k];
    if (v === undefined) throw new Error(`template variable ${k} not provided`);
    return encodeURIComponent(v);
  });
}
