'use strict';

const { createClient } = require('./client.cjs');
const { commands } = require('./commands.cjs');

function parseFlags(argv) {
  const args = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token.startsWith('--')) {
      const [key, inline] = token.slice(2).split('=');
      args[key] = inline !== undefined ? inline : argv[++i];
    } else {
      args._.push(token);
    }
  }
  return args;
}

async function cli(argv, { quiet = false } = {}) {
  const [name, ...rest] = argv;
  const command = commands[name];
  if (!command) throw new Error(`unknown command "${name}". Try: ${Object.keys(commands).join(', ')}`);
  const args = parseFlags(rest);
  const client = createClient({
    apiUrl: args['api-url'] || process.env.WORKIVA_API_URL,
    token: args.token || process.env.WORKIVA_TOKEN,
  });
  const log = quiet ? () => {} : (msg) => process.stderr.write(msg + '\n');
  return command(client, args, log);
}

module.exports = { cli, parseFlags };

if (require.main === module) {
  cli(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
