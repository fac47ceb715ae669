import { EventEmitter } from 'node:events';

export interface ExportRequested {
  correlationId: string;
  attachment: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}
export interface ExportPollDue {
  correlationId: string;
  operationUrl: string;
  attempt: number;
}
export interface ExportCompleted {
  correlationId: string;
  pdf: Buffer;
}
export interface ExportFailed {
  correlationId: string;
  reason: string;
}

interface Events {
  'attachment.export.requested': [ExportRequested];
  'attachment.export.poll-due': [ExportPollDue];
  'attachment.export.completed': [ExportCompleted];
  'attachment.export.failed': [ExportFailed];
}

export class DomainBus {
  private readonly emitter = new EventEmitter();

  publish<K extends keyof Events>(name: K, ...payload: Events[K]): void {
    // deliver asynchronously, like the queue in production
    setImmediate(() => this.emitter.emit(name, ...payload));
  }

  publishAfter<K extends keyof Events>(delayMs: number, name: K, ...payload: Events[K]): NodeJS.Timeout {
    return setTimeout(() => this.emitter.emit(name, ...payload), delayMs);
  }

  subscribe<K extends keyof Events>(name: K, handler: (...payload: Events[K]) => void | Promise<void>): () => void {
    const wrapped = (...args: unknown[]) => {
      Promise.resolve(handler(...(args as Events[K]))).catch((err: unknown) => this.emitter.emit('error', err));
    };
    this.emitter.on(name, wrapped);
    return () => this.emitter.off(name, wrapped);
  }
}
