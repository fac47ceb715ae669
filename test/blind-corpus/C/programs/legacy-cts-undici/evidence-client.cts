import undici = require('undici');
import timers = require('node:timers/promises');

namespace EvidenceClient {
  export interface Ids {
    auditId: string;
    procedureId: string;
    matrixId: string;
    sampleId: string;
    attachmentId: string;
  }
  export interface Options {
    apiUrl: string;
    token: string;
    maxPolls?: number;
  }
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

class EvidenceClient {
  private readonly apiUrl: string;

  constructor(private readonly opts: EvidenceClient.Options) {
    this.apiUrl = opts.apiUrl.replace(/\/$/, '');
  }

  private get auth(): Record<string, string> {
    return { authorization: 'Bearer ' + this.opts.token };
  }

  async exportAttachment(ids: EvidenceClient.Ids): Promise<Buffer> {
    const { statusCode, headers, body } = await undici.request( // blind-corpus: site=legacy-cts-1
      `${this.apiUrl}/prototype/platform/audits/${ids.auditId}/procedures/${ids.procedureId}/matrices/${ids.matrixId}/samples/${ids.sampleId}/attachments/${ids.attachmentId}/export`, // blind-corpus: path=legacy-cts-1
      { method: 'POST', headers: { ...this.auth, 'content-type': 'application/json' }, body: JSON.stringify({ format: 'pdf' }) },
    );
    if (statusCode !== 202) throw new Error(`export rejected (${statusCode}): ${await body.text()}`);
    await body.dump();

    const location = firstHeader(headers['location']);
    if (!location) throw new Error('no Location');
    let wait = Number(firstHeader(headers['retry-after']) ?? 1);
    for (let i = 0; i < (this.opts.maxPolls ?? 50); i++) {
      await timers.setTimeout(wait * 1000 + 20);
      const poll = await undici.request(location, { headers: this.auth });
      const op = (await poll.body.json()) as { status: string; resourceUrl?: string; resourceURL?: string };
      wait = Number(firstHeader(poll.headers['retry-after']) ?? wait);
      if (op.status === 'completed') {
        const file = await undici.request(op.resourceUrl ?? op.resourceURL ?? '', { headers: this.auth });
        return Buffer.from(await file.body.arrayBuffer());
      }
      if (op.status === 'failed' || op.status === 'cancelled') throw new Error('export ' + op.status);
    }
    throw new Error('too many polls');
  }
}

export = EvidenceClient;
