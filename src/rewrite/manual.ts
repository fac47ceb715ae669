// The reason a site is left for a human travels as an exception inside the planner only:
// planRewrite catches exactly this class and turns it into a `manual` plan.

export class ManualMigration extends Error {
  override readonly name = 'ManualMigration';
}

/** Stops planning the current site with `reason`. */
export function manual(reason: string): never {
  throw new ManualMigration(reason);
}
