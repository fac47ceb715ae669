'use strict';

const { EventEmitter } = require('node:events');

/**
 * Tiny in-process delayed job queue (the production deployment swaps this for the Redis-backed one with the
 * same surface: add(name, payload, { delayMs }) and process(name, handler)).
 */
class JobQueue extends EventEmitter {
  constructor() {
    super();
    this.handlers = new Map();
    this.pending = 0;
  }

  process(name, handler) {
    this.handlers.set(name, handler);
  }

  add(name, payload, opts = {}) {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`no handler for job ${name}`);
    this.pending += 1;
    setTimeout(async () => {
      try {
        await handler({ name, data: payload, queue: this });
      } catch (error) {
        this.emit('failed', { name, data: payload }, error);
      } finally {
        this.pending -= 1;
      }
    }, opts.delayMs || 0);
  }
}

module.exports = { JobQueue };
