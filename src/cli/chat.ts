/** `npm run chat [-- --as NAME]`: talk to the bot in this terminal as NAME. */
import { parseArgs } from 'node:util';
import { run } from '../run.ts';

const { values } = parseArgs({ options: { as: { type: 'string', short: 'a' } }, allowPositionals: false });
await run({ consoleAs: values.as ?? process.env.USER ?? 'Ibu' });
