// Public entry of `@workiva-sunset/tools/testing`: a local Workiva protocol simulator and virtual clocks,
// for this repository's tests, the demo and users' own CI (a dev dependency, never in production).
export { startSimulator } from './simulator.js';
export { createVirtualClock, type VirtualClock } from './clock.js';
export { createScaledClock, type ScaledClock } from './scaled-clock.js';
export { expectedPdfBytes, type PdfIds } from './pdf.js';
export type * from './types.js';
