import type { EvidenceRef, ExportGateway } from './ports.js';

export class AttestationService {
  constructor(
    private readonly gateway: ExportGateway,
    private readonly clock: { now(): number; sleep(ms: number): Promise<void> } = {
      now: () => Date.now(),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    },
  ) {}

  async collectEvidencePdf(ref: EvidenceRef): Promise<Uint8Array> {
    let ticket = await this.gateway.requestExport(ref);
    for (;;) {
      const waitMs = ticket.notBefore - this.clock.now();
      if (waitMs > 0) await this.clock.sleep(waitMs + 50);
      const state = await this.gateway.check(ticket);
      if (state.done) {
        if (!state.ok || !state.resourceUrl) throw new Error('evidence export did not succeed');
        return this.gateway.fetchFile(state.resourceUrl);
      }
      ticket = state.next!;
    }
  }
}
