import { ExportSampleAttachmentCommand, ExportSampleAttachmentHandler } from './handlers.js';
import { NodeHttpTransport } from './transport.js';

class Mediator {
  private readonly handlers = new Map<Function, { handle(cmd: unknown): Promise<unknown> }>();

  register<C>(type: new (...args: any[]) => C, handler: { handle(cmd: C): Promise<unknown> }): void {
    this.handlers.set(type, handler as { handle(cmd: unknown): Promise<unknown> });
  }

  async send<R>(command: { readonly __result?: R }): Promise<R> {
    const handler = this.handlers.get(command.constructor);
    if (!handler) throw new Error(`No handler registered for ${command.constructor.name}`);
    return (await handler.handle(command)) as R;
  }
}

export async function run(env: {
  baseUrl: string;
  token: string;
  ids: { auditId: string; procedureId: string; matrixId: string; sampleId: string; attachmentId: string };
}): Promise<Uint8Array> {
  const transport = new NodeHttpTransport();
  const mediator = new Mediator();
  mediator.register(
    ExportSampleAttachmentCommand,
    new ExportSampleAttachmentHandler(transport, { apiUrl: env.baseUrl, bearerToken: env.token, apiVersion: '2022-01-01' }),
  );
  try {
    const { auditId, procedureId, matrixId, sampleId, attachmentId } = env.ids;
    const pdf = await mediator.send(new ExportSampleAttachmentCommand(auditId, procedureId, matrixId, sampleId, attachmentId));
    return new Uint8Array(pdf);
  } finally {
    transport.dispose();
  }
}
