// Hand-rolled validators (we dropped the schema lib to keep the edge bundle small).
export type Validator<T> = (input: unknown, path?: string) => T;

export class ValidationError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid input: ${issues.join(', ')}`);
    this.name = 'ValidationError';
  }
}

export const str = (opts: { min?: number; pattern?: RegExp } = {}): Validator<string> => (input, path = 'value') => {
  if (typeof input !== 'string') throw new ValidationError([`${path} must be a string`]);
  if (opts.min !== undefined && input.length < opts.min) throw new ValidationError([`${path} is too short`]);
  if (opts.pattern && !opts.pattern.test(input)) throw new ValidationError([`${path} has an invalid format`]);
  return input;
};

export function object<S extends Record<string, Validator<unknown>>>(shape: S): Validator<{ [K in keyof S]: ReturnType<S[K]> }> {
  return (input, path = 'input') => {
    if (typeof input !== 'object' || input === null) throw new ValidationError([`${path} must be an object`]);
    const issues: string[] = [];
    const out: Record<string, unknown> = {};
    for (const [key, validate] of Object.entries(shape)) {
      try {
        out[key] = validate((input as Record<string, unknown>)[key], `${path}.${key}`);
      } catch (e) {
        if (e instanceof ValidationError) issues.push(...e.issues);
        else throw e;
      }
    }
    if (issues.length) throw new ValidationError(issues);
    return out as { [K in keyof S]: ReturnType<S[K]> };
  };
}

export const literal = <T extends string>(value: T): Validator<T> => (input, path = 'value') => {
  if (input !== value) throw new ValidationError([`${path} must be "${value}"`]);
  return value;
};
