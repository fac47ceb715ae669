// "Today", the warning window and the countdown phase: one util read by the rule and by the configs,
// so a config's severity and the rule's messages are always computed the same way.
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { daysUntilSunset, parseIsoDate, sunsetPhase, type CatalogEntry, type SunsetPhase } from '../../src/catalog/index.js';

/** Environment variable that pins "today" (YYYY-MM-DD) when no `today` option is given. */
export const TODAY_ENV = 'WORKIVA_SUNSET_TODAY';
export const DEFAULT_WINDOW_DAYS = 30;
export const SUNSET_PHASES: readonly SunsetPhase[] = ['deprecated', 'imminent', 'sunset'];

const ISO_DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Countdown phase of each sunset date, as the configs write it into the rule options. */
export type PhaseFingerprint = Readonly<Record<string, SunsetPhase>>;

export interface CountdownOptions {
  readonly today?: string;
  readonly windowDays?: number;
  readonly phase?: PhaseFingerprint;
}

/** JSON schema of the countdown options, spread into the rule's schema. */
export const countdownSchema = {
  today: {
    type: 'string',
    pattern: ISO_DATE_PATTERN,
    description: `The day to count from (YYYY-MM-DD, UTC). Default: the ${TODAY_ENV} environment variable, else the real date.`,
  },
  windowDays: {
    type: 'integer',
    minimum: 0,
    description: `Days before a sunset from which a call is reported as imminent (sunsetImminent) instead of deprecated. Default: ${DEFAULT_WINDOW_DAYS}.`,
  },
  phase: {
    type: 'object',
    description:
      "Written by the plugin's configs: the phase of each sunset date on the day the config was created. It puts the phase into ESLint's config hash so that `eslint --cache` re-lints every file when a phase changes; the rule itself derives each report's phase from `today`.",
    patternProperties: { [ISO_DATE_PATTERN]: { type: 'string', enum: [...SUNSET_PHASES] } },
    additionalProperties: false,
  },
} satisfies Record<string, JSONSchema4>;

export type TodaySource = 'option' | 'env' | 'clock';

export interface ResolvedToday {
  /** Midnight UTC of the day. */
  readonly time: number;
  readonly iso: string;
  readonly source: TodaySource;
}

/** "Today": the option, else `WORKIVA_SUNSET_TODAY`, else the real date. Throws on a malformed date. */
export function resolveToday(today: string | undefined, env: NodeJS.ProcessEnv = process.env, now: number = Date.now()): ResolvedToday {
  if (today !== undefined) return { time: parseIsoDate(today), iso: today, source: 'option' };
  const fromEnv = env[TODAY_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    try {
      return { time: parseIsoDate(fromEnv), iso: fromEnv, source: 'env' };
    } catch (error) {
      throw new TypeError(`${TODAY_ENV}=${JSON.stringify(fromEnv)} is not a YYYY-MM-DD date`, { cause: error });
    }
  }
  const time = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate());
  return { time, iso: new Date(time).toISOString().slice(0, 10), source: 'clock' };
}

export interface Countdown {
  readonly phase: SunsetPhase;
  /** Whole days to the sunset; 0 on the sunset day, negative after it. */
  readonly daysLeft: number;
}

export function getCountdown(entry: Pick<CatalogEntry, 'sunset'>, today: number, windowDays: number): Countdown {
  return { phase: sunsetPhase(entry.sunset, today, windowDays), daysLeft: daysUntilSunset(entry.sunset, today) };
}

const PHASE_URGENCY: Readonly<Record<SunsetPhase, number>> = { deprecated: 0, imminent: 1, sunset: 2 };

/** The most urgent phase among the given endpoints (what a config's severity follows). */
export function getMostUrgentPhase(entries: readonly Pick<CatalogEntry, 'sunset'>[], today: number, windowDays: number): SunsetPhase {
  let most: SunsetPhase = 'deprecated';
  for (const entry of entries) {
    const phase = sunsetPhase(entry.sunset, today, windowDays);
    if (PHASE_URGENCY[phase] > PHASE_URGENCY[most]) most = phase;
  }
  return most;
}

/** Phase of each distinct sunset date of the given endpoints, sorted by date (stable for hashing). */
export function getPhaseFingerprint(entries: readonly Pick<CatalogEntry, 'sunset'>[], today: number, windowDays: number): PhaseFingerprint {
  const sunsets = [...new Set(entries.map((entry) => entry.sunset))].sort();
  return Object.fromEntries(sunsets.map((sunset) => [sunset, sunsetPhase(sunset, today, windowDays)]));
}
