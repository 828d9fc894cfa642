/**
 * Only the running bot opens the WhatsApp link: the terminal chat drops WhatsApp from its
 * configuration, and the admin command line does not even load the channel (its imports,
 * followed file by file, never reach the app or Baileys' socket).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { configForRun } from '../../../src/run.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Every source file reached from `entry` through relative imports. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)) {
      const target = match[1] ?? match[2];
      if (target?.endsWith('.ts')) queue.push(path.resolve(path.dirname(file), target));
    }
  }
  return new Set([...seen].map((f) => path.relative(ROOT, f)));
}

describe('who opens the WhatsApp link', () => {
  const env = { WHATSAPP_ENABLED: 'true', DATABASE_URL: 'postgres://x@127.0.0.1/x' };

  it('the bot (npm start) does, when WhatsApp is enabled', () => {
    expect(configForRun(loadConfig(env), {}).whatsapp).toBeDefined();
  });

  it('the terminal chat (npm run chat) never does, even with WhatsApp enabled', () => {
    expect(configForRun(loadConfig(env), { consoleAs: 'Ani' }).whatsapp).toBeUndefined();
  });

  it('the admin command line never loads the app nor the WhatsApp channel', () => {
    const files = reachable('src/cli/index.ts');
    expect(files.has('src/cli/admin/program.ts')).toBe(true); // the walk does follow the imports
    expect([...files].filter((f) => f === 'src/app.ts' || f === 'src/run.ts' || f.startsWith('src/channels/whatsapp/'))).toEqual([]);
  });
});
