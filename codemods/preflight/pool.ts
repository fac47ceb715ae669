// Runs tasks with at most `limit` in flight, in input order of start; stops starting new ones once
// `signal` aborts (the ones running finish or fail on their own abort).

export async function runBounded<T, R>(items: readonly T[], limit: number, signal: AbortSignal, task: (item: T, index: number) => Promise<R>, onDone: (result: R, index: number) => void): Promise<(R | undefined)[]> {
  const results: (R | undefined)[] = new Array<R | undefined>(items.length).fill(undefined);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length && !signal.aborted) {
      const index = next++;
      const result = await task(items[index]!, index);
      results[index] = result;
      onDone(result, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
