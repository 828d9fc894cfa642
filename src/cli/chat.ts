/**
 * `npm run chat [-- --as NAME] [--paste-window MS] [--charts-dir DIR]`: talk to the bot in
 * this terminal as NAME. A pasted list is one message (lines within MS of each other; in a
 * terminal 150 ms unless set, piped input one message per line unless set); charts are
 * written as PNG files to DIR (the system's temporary folder unless set).
 */
import { parseArgs } from 'node:util';
import { run } from '../run.ts';

const { values } = parseArgs({
  options: {
    as: { type: 'string', short: 'a' },
    'paste-window': { type: 'string' },
    'charts-dir': { type: 'string' },
  },
  allowPositionals: false,
});
const paste = values['paste-window'];
if (paste !== undefined && !/^\d{1,5}$/.test(paste)) {
  process.stderr.write('--paste-window takes a number of milliseconds (0 to 99999), e.g. --paste-window 150\n');
  process.exit(2);
}
await run({
  consoleAs: values.as ?? process.env.USER ?? 'Ibu',
  pasteWindowMs: paste === undefined ? undefined : Number(paste),
  chartsDir: values['charts-dir'],
});
