/** `npm start`: the bot, on whatever channels are configured (the console when none is). */
import { run } from './run.ts';

await run();
