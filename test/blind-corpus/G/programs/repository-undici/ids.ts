/** Opaque Workiva ids, wrapped so they cannot be mixed up at call sites. */
abstract class OpaqueId {
  protected constructor(readonly value: string) {
    if (!value || /\s/.test(value)) throw new TypeError(`invalid ${this.constructor.name}: "${value}"`);
  }
  toString(): string {
    return encodeURIComponent(this.value);
  }
  equals(other: OpaqueId): boolean {
    return other.constructor === this.constructor && other.value === this.value;
  }
}

export class AuditId extends OpaqueId {
  static of(v: string) { return new AuditId(v); }
}
export class ProcedureId extends OpaqueId {
  static of(v: string) { return new ProcedureId(v); }
}
export class MatrixId extends OpaqueId {
  static of(v: string) { return new MatrixId(v); }
}
export class SampleId extends OpaqueId {
  static of(v: string) { return new SampleId(v); }
}
export class AttachmentId extends OpaqueId {
  static of(v: string) { return new AttachmentId(v); }
}

export interface AttachmentCoordinates {
  audit: AuditId;
  procedure: ProcedureId;
  matrix: MatrixId;
  sample: SampleId;
  attachment: AttachmentId;
}
