/**
 * The admin command line speaks the operator's language: Indonesian by default, English
 * with `--lang en` (or LANG=en…, see tests/e2e/cli-process.test.ts). Every error comes
 * from a catalogue per language: its own flag errors, the refusals of broken rules (the
 * chat catalogues' `refusals`), commander's usage errors and failures; exit codes and the
 * `error: <code>: …` shape stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
const clock = fixedClock('2027-01-20T03:00:00Z');
/** As the operator without LANG=en: the language left to the program's default. */
const indonesian = (args: string[], over = {}) => runAdminCommand(t.db, clock, args, { language: undefined, ...over });

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe('Indonesian by default', () => {
  it.each([
    [['group', 'list', '--facilitator', 'abc'], 'error: id_invalid: --facilitator harus bilangan bulat positif, misalnya 12; tertulis "abc"'],
    [
      ['loan', 'schedule', '--principal', '10.000.000', '--rate', '6', '--months', '12', '--method', 'flat', '--disbursed', '2026-11-05'],
      'error: number_invalid: --principal harus bilangan bulat, angka saja, misalnya 10000000 (tanpa pemisah ribuan); tertulis "10.000.000"',
    ],
    [
      ['reminders', 'preview', '--from', '2027-01-30', '--to', '2027-01-31T00:00:00Z'],
      'error: date_invalid: --from harus waktu ISO 8601 dengan zona, misalnya 2027-01-30T00:00:00+07:00; tertulis "2027-01-30"',
    ],
    [
      ['reminders', 'preview', '--from', '2027-01-31T00:00:00Z', '--to', '2027-01-30T00:00:00Z'],
      'error: window_invalid: --to harus sesudah --from, paling lama 400 hari kemudian',
    ],
    [['group', 'create', '--name', 'Melati', '--trades', 'asesoris', '--facilitator', '4242'], `error: facilitator_not_found: ${repliesFor('id').refusals.facilitator_not_found}`],
    [['group', 'list', '--facilitator', '4242'], 'error: facilitator_not_found: tidak ada pendamping dengan id 4242'],
  ])('refuses %j in Indonesian, with exit code 2', async (args, line) => {
    const run = await indonesian(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(line);
  });

  it('a broken rule from the modules says the chat catalogue’s refusal', async () => {
    const run = await indonesian(['member', 'add', '--group', '999999', '--name', 'Rina']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`error: group_not_found: ${repliesFor('id').refusals.group_not_found}`);
  });

  it('usage errors too', async () => {
    const run = await indonesian(['reminders', 'preview', '--from', '2027-01-30T00:00:00+08:00']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: opsi wajib '--to <time>' belum diisi");
    const unknown = await indonesian(['group', 'list', '--colour', 'red']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("error: opsi '--colour' tidak dikenal");
  });

  it('and a database it cannot open (exit 1)', async () => {
    const run = await indonesian(['trade', 'list'], { openDb: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')) });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error: basis data tidak bisa dibuka: connect ECONNREFUSED 127.0.0.1:1');
  });
});

describe('--lang', () => {
  it('--lang en, before or after the command, speaks English', async () => {
    for (const args of [
      ['--lang', 'en', 'group', 'list', '--facilitator', 'abc'],
      ['group', 'list', '--facilitator', 'abc', '--lang=en'],
    ]) {
      const run = await indonesian(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe('error: id_invalid: --facilitator must be a positive whole number such as 12, got "abc"');
    }
  });

  it('--lang id speaks Indonesian even where English was the default', async () => {
    const run = await runAdminCommand(t.db, clock, ['--lang', 'id', 'group', 'list', '--facilitator', '4242'], { language: 'en' });
    expect(run.stderr).toBe('error: facilitator_not_found: tidak ada pendamping dengan id 4242');
  });

  it('refuses a language it does not speak, with exit code 2', async () => {
    const run = await indonesian(['--lang', 'fr', 'trade', 'list']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: language_invalid: --lang harus id atau en; tertulis "fr"');
  });

  it('JSON field names stay English whatever the language', async () => {
    const run = await indonesian(['trade', 'list']);
    expect(run.code).toBe(0);
    expect(Object.keys(run.json<Record<string, unknown>[]>()[0]!)).toContain('code');
  });
});
