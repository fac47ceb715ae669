export interface FeatureFlags {
  isEnabled(flag: string, context?: Record<string, string>): boolean;
}

/** Flags come from FEATURE_FLAGS="a,b,c" until the LaunchDarkly migration lands. */
export class EnvFeatureFlags implements FeatureFlags {
  private readonly enabled: Set<string>;

  constructor(raw = process.env['FEATURE_FLAGS'] ?? '') {
    this.enabled = new Set(raw.split(',').map((f) => f.trim()).filter(Boolean));
  }

  isEnabled(flag: string): boolean {
    return this.enabled.has(flag);
  }
}
