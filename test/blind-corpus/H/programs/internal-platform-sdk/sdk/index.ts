import { Transport, type TransportOptions } from './transport.js';
import { AuditsResource } from './resources.js';

export class WorkivaPlatform {
  readonly audits: AuditsResource;

  constructor(options: TransportOptions) {
    this.audits = new AuditsResource(new Transport(options));
  }

  static fromEnvironment(): WorkivaPlatform {
    const baseUrl = process.env.WORKIVA_API_URL;
    const clientId = process.env.WORKIVA_CLIENT_ID;
    const clientSecret = process.env.WORKIVA_CLIENT_SECRET;
    if (!baseUrl || !clientId || !clientSecret) throw new Error('WORKIVA_API_URL / WORKIVA_CLIENT_ID / WORKIVA_CLIENT_SECRET are required');
    return new WorkivaPlatform({ baseUrl, credentials: { kind: 'client', clientId, clientSecret } });
  }
}

export type { Operation, OperationState } from './operations.js';
