// How the demo prints: a banner, numbered steps, and a loud stop when a step does not hold.
export function banner(text: string): void {
  const line = '═'.repeat(78);
  console.log(`${line}\n${text}\n${line}`);
}

export function step(number: number, title: string): void {
  console.log(`\n── ${number}. ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);
}

/** Stops the demo with a non-zero exit: every step is also a check. */
export function fail(message: string): never {
  console.error(`\n✘ demo failed: ${message}`);
  process.exit(1);
}
