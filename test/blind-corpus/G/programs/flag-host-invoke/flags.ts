export interface FlagSource {
  isOn(flag: string, context?: Record<string, string>): boolean;
  variant(flag: string, fallback: string): string;
}

/** Env-backed flags: FF_<NAME>=on|off or a variant value. */
export const envFlags: FlagSource = {
  isOn(flag) {
    const v = process.env[`FF_${flag.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`];
    return v === 'on' || v === 'true' || v === '1';
  },
  variant(flag, fallback) {
    return process.env[`FF_${flag.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`] ?? fallback;
  },
};
