'use strict';

// Loaded by cron (see deploy/crontab): 15 2 * * * node reconcile.cjs
module.exports = {
  apiUrl: process.env.WORKIVA_API_URL || 'https://api.app.wdesk.com',
  token: process.env.WORKIVA_TOKEN,
  pollCeiling: Number(process.env.RECON_MAX_POLLS || 300),
  outDir: process.env.RECON_OUT_DIR || '/var/lib/recon/evidence',
};
