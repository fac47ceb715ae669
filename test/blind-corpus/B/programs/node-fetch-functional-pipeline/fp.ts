export type Result<T, E = Error> = { ok: true; value: T } | { ok: false; error: E };

export const Ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const Err = <E>(error: E): Result<never, E> => ({ ok: false, error });

export const pipeAsync =
  <A>(...fns: Array<(x: any) => any>) =>
  async (input: A): Promise<any> => {
    let acc: any = input;
    for (const fn of fns) acc = await fn(acc);
    return acc;
  };

export const tap =
  <T>(fn: (x: T) => void) =>
  (x: T): T => {
    fn(x);
    return x;
  };

export const unwrap = <T>(r: Result<T>): T => {
  if (!r.ok) throw r.error;
  return r.value;
};
