'use strict';

const { setTimeout: sleep } = require('node:timers/promises');

const TERMINAL = ['completed', 'failed', 'cancelled'];

exports.waitForOperation = async function waitForOperation(client, handle, log) {
  let seconds = handle.retryAfter;
  for (;;) {
    await sleep(seconds * 1000);
    const { op, retryAfter } = await client.readOperation(handle.location);
    log('operation %s is %s', op.id, op.status);
    if (TERMINAL.includes(op.status)) return op;
    seconds = retryAfter;
  }
};
