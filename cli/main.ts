import { parseArgs } from 'node:util';
import { runCommand, UsageError } from '@/scripts/run-command';
import { merchantsCommand } from './merchants-command';
import { usersCommand } from './users-command';

const HELP = `Usage: npx tillpoint <command>

Commands:
  merchants create --name <name> [--json]   Create a merchant and print its secret key (shown once)
  merchants list [--json]                   List merchants
  users create --merchant <id> --email <email> [--password-stdin] [--json]
                                            Create a dashboard user (password prompted, or read from stdin)

Uses DATABASE_URL when set, otherwise the embedded database under .data/.`;

await runCommand(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      name: { type: 'string' },
      merchant: { type: 'string' },
      email: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  }).valueOf() as {
    positionals: string[];
    values: {
      name?: string;
      merchant?: string;
      email?: string;
      'password-stdin': boolean;
      json: boolean;
      help?: boolean;
    };
  };

  const [group, action] = positionals;
  if (values.help || !group) {
    console.log(HELP);
    return;
  }
  if (group === 'merchants') return merchantsCommand(action, values);
  if (group === 'users') return usersCommand(action, values);
  throw new UsageError(`Unknown command "${group}". Run: npx tillpoint --help`);
});
