import axios, { type AxiosInstance } from 'axios';
import { baseUrlFor, expand, tenants, type TenantConfig } from './tenants.js';

interface EvidenceRequest {
  tenant: string;
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

function clientFor(tenant: TenantConfig, token: string): AxiosInstance {
  return axios.create({
    baseURL: baseUrlFor(tenant),
    headers: { common: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'X-Version': tenant.workiva.apiVersion } },
  });
}

const pause = (s: number) => new Promise((r) => setTimeout(r, Math.max(1, s) * 1000));

export async function exportEvidencePdf(tenant: TenantConfig, http: AxiosInstance, req: EvidenceRequest): Promise<ArrayBuffer> {
  const { tenant: _slug, ...vars } = req;
  const accepted = await http.post(expand(tenant.workiva.endpoints.evidenceExport, vars), { format: 'pdf' }); // blind-corpus: site=wl-tpl-1
  let next = Number(accepted.headers['retry-after'] ?? 1);
  const opUrl = accepted.headers['location'] as string;
  for (;;) {
    await pause(next);
    const res = await http.get(opUrl);
    const { status, resourceUrl, resourceURL } = res.data as { status: string; resourceUrl?: string; resourceURL?: string };
    if (status === 'completed') {
      const pdf = await http.get<ArrayBuffer>(resourceUrl ?? resourceURL!, { responseType: 'arraybuffer' });
      return pdf.data;
    }
    if (status === 'failed' || status === 'cancelled') throw new Error(`[${tenant.slug}] evidence export ${status}`);
    next = Number(res.headers['retry-after'] ?? 1);
  }
}

export async function run(env: { baseUrl: string; token: string; ids: Omit<EvidenceRequest, 'tenant'> }): Promise<ArrayBuffer> {
  const tenant: TenantConfig = { ...tenants['acme']!, apiBaseUrl: env.baseUrl };
  return exportEvidencePdf(tenant, clientFor(tenant, env.token), { tenant: tenant.slug, ...env.ids });
}
