import { createRequire } from 'node:module';

export interface AttachmentTarget {
  auditId: string;
  procedureId: string;
  matrixId: string;
  sampleId: string;
  attachmentId: string;
}

export interface Connector {
  name: string;
  capabilities: string[];
  exportAttachment(target: AttachmentTarget): Promise<Uint8Array>;
}

type ConnectorFactory = (config: { baseUrl: string; token: string }) => Connector;

const require = createRequire(import.meta.url);
const MODULES = ['./connectors/workiva.cjs'];

export function loadConnectors(config: { baseUrl: string; token: string }): Map<string, Connector> {
  const loaded = new Map<string, Connector>();
  for (const mod of MODULES) {
    const factory = require(mod) as ConnectorFactory;
    const connector = factory(config);
    loaded.set(connector.name, connector);
  }
  return loaded;
}
