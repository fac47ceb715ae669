export type Level = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: Level, event: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export function jsonLogger(base: Record<string, unknown> = {}, sink: (line: string) => void = () => {}): Logger {
  return {
    log(level, event, fields = {}) {
      sink(JSON.stringify({ ts: new Date().toISOString(), level, event, ...base, ...fields }));
    },
    child(fields) {
      return jsonLogger({ ...base, ...fields }, sink);
    },
  };
}

export interface AuditTrail {
  record(action: string, subject: string, outcome: 'requested' | 'succeeded' | 'failed', meta?: Record<string, unknown>): void;
  entries(): ReadonlyArray<Record<string, unknown>>;
}

export function inMemoryAuditTrail(actor: string): AuditTrail {
  const rows: Record<string, unknown>[] = [];
  return {
    record(action, subject, outcome, meta = {}) {
      rows.push({ at: Date.now(), actor, action, subject, outcome, ...meta });
    },
    entries: () => rows,
  };
}
