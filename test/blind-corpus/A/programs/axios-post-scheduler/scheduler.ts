export type Task = () => Promise<void>;

/** Single-flight delay scheduler: runs tasks after their delay and keeps the process honest about pending work. */
export class Scheduler {
  private timers = new Set<NodeJS.Timeout>();

  schedule(delayMs: number, task: Task, onError: (e: unknown) => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      task().catch(onError);
    }, delayMs);
    this.timers.add(timer);
  }

  cancelAll(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
