// Public entry of `workiva-sunset/testing`: a local Workiva protocol simulator and a virtual clock,
// for this package's tests, the demo and users' own CI. Nothing here contacts a real Workiva host.
export { startSimulator } from './simulator.js';
export { createVirtualClock, type VirtualClock } from './clock.js';
export { createScaledClock, type ScaledClock } from './scaled-clock.js';
export { expectedPdfBytes, type PdfIds } from './pdf.js';
export type * from './types.js';
