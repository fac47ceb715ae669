// Dates of the deprecation schedule: days left to a sunset and the phase a call is in on a given day.
// Dependency-free: the runtime wrapper uses it as well as the rule and the codemod's report.

export type SunsetPhase = 'deprecated' | 'imminent' | 'sunset';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of an ISO `YYYY-MM-DD` date; throws on anything else. */
export function parseIsoDate(value: string): number {
  const match = ISO_DATE.exec(value);
  if (!match) throw new TypeError(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(time).toISOString().slice(0, 10) !== value) throw new TypeError(`Not a calendar date: ${value}`);
  return time;
}

/** The UTC calendar day of a timestamp, as midnight UTC. */
export function startOfUtcDay(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

/**
 * Whole days from `today` to the sunset date: 0 on the sunset day itself, negative after it.
 * The endpoint is treated as switched off from the first instant of the sunset day (UTC).
 */
export function daysUntilSunset(sunset: string, today: number): number {
  return Math.round((parseIsoDate(sunset) - startOfUtcDay(today)) / DAY_MS);
}

/** Whether calls are past the sunset (on or after the sunset day, UTC). */
export function isPastSunset(sunset: string, now: number): boolean {
  return daysUntilSunset(sunset, now) <= 0;
}

/** `deprecated` far from the sunset, `imminent` within `windowDays`, `sunset` from the sunset day on. */
export function sunsetPhase(sunset: string, today: number, windowDays: number): SunsetPhase {
  const days = daysUntilSunset(sunset, today);
  if (days <= 0) return 'sunset';
  return days <= windowDays ? 'imminent' : 'deprecated';
}
