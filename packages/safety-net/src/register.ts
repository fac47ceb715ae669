// `node --import @workiva-sunset/safety-net/register app.js` (or `import '@workiva-sunset/safety-net/register'`
// first thing at start-up): installs the safety net for the whole process, unless WORKIVA_SUNSET_INTERCEPT=off.
import { installSafetyNet } from './install.js';

installSafetyNet();
