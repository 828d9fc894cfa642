/**
 * Every admin command (read from the commander program itself, so new ones are fuzzed too)
 * fed random flags and values in-process on real Postgres: it exits 0, or 2 with one clear
 * "error: …" line and no stack trace. Exit 1 means "a bug" (an unhandled error): never here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/admin/program.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createWorld, type World } from './world.ts';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(async () => w?.t.drop());

interface Leaf {
  path: string[];
  options: { flag: string; takesValue: boolean; mandatory: boolean }[];
}

function leaves(command: Command, path: string[] = []): Leaf[] {
  if (command.commands.length === 0) {
    return [{ path, options: command.options.map((o) => ({ flag: o.long ?? o.short ?? o.flags, takesValue: o.required || o.optional, mandatory: o.mandatory })) }];
  }
  return command.commands.flatMap((c) => leaves(c, [...path, c.name()]));
}

const program = buildProgram({ openDb: async () => ({ db: null as never, close: async () => undefined }), clock: { now: () => new Date() }, out: () => {}, err: () => {}, defaultTimeZone: 'Asia/Jakarta' });
const COMMANDS = leaves(program);

const value = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.integer({ min: -5, max: 40 }).map(String),
  fc.constantFrom(
    '1', '2', '0', '-1', '1.5', '1e9', '99999999999999999999', 'NaN', '', ' ', 'abc', 'Melati', 'Mawar', 'asesoris', 'asesoris,kuliner',
    'x,,y', '+6281234567890', '081234567890', '0812', '123456789', 'Asia/Jakarta', 'Mars/Olympus', 'flat', 'declining', 'anggota',
    'bendahara', '2026-11-20', '2026-02-30', '2026-12-01T00:00:00+07:00', '2027-12-01T00:00:00+07:00', '10000000', '12', '6',
    "'; drop table people; --", '<b>x</b>', '\u0000', 'a\u0000b', '\ud800', '--', '-x', 'Bu Rina',
  ),
);

/** Files a command writes (`report … --out`) go to a temporary folder, never into the project. */
const OUT_DIR = mkdtempSync(path.join(tmpdir(), 'dampingi-fuzz-'));
afterAll(() => rmSync(OUT_DIR, { recursive: true, force: true }));
const outPath = fc.oneof(
  fc.string({ maxLength: 8 }).map((name) => path.join(OUT_DIR, `${name.replace(/[/\\.]/g, '_')}x.out`)),
  fc.constantFrom('', ' ', path.join(OUT_DIR, 'deep', 'er', 'r.xlsx'), path.join(OUT_DIR, 'nul\u0000.pdf'), OUT_DIR),
);

describe('admin commands with random arguments', () => {
  it(`lists the commands it fuzzes (${COMMANDS.length})`, () => {
    expect(COMMANDS.map((c) => c.path.join(' '))).toEqual(
      expect.arrayContaining(['facilitator add', 'group create', 'member add', 'trade list', 'loan create', 'loan pay', 'reminders preview']),
    );
  });

  it('exit 0, or 2 with one clear error line; never a stack trace or an unhandled error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...COMMANDS).chain((leaf) =>
          fc.tuple(
            fc.constant(leaf),
            // Its required flags (mostly), so runs get past commander into the command itself.
            fc.subarray(leaf.options.filter((o) => !o.mandatory)).chain((optional) => fc.constant([...leaf.options.filter((o) => o.mandatory), ...optional])).chain((opts) =>
              fc.tuple(...opts.map((o) => (!o.takesValue ? fc.constant([o.flag]) : o.flag === '--out' ? outPath.map((v) => [o.flag, v]) : value.map((v) => [o.flag, v])))),
            ),
            fc.array(value, { maxLength: 1 }),
          ),
        ),
        async ([leaf, flags, stray]) => {
          const args = [...leaf.path, ...flags.flat(), ...stray];
          const run = await runAdminCommand(w.t.db, w.clock, args);
          const shown = JSON.stringify(args);
          expect([0, 2], `${shown} → ${run.code}: ${run.stderr}`).toContain(run.code);
          expect(run.stderr, shown).not.toMatch(/\n\s+at |TypeError|ReferenceError|Cannot read prop/);
          // What she typed is echoed in quotes; outside them, no programming slip shows.
          expect(run.stderr.replace(/"(?:[^"\\]|\\.)*"/g, '""'), shown).not.toMatch(/\bundefined\b|\bNaN\b|\[object /);
          if (run.code === 0) expect(() => run.json(), shown).not.toThrow();
          else expect(run.stderr.trim(), shown).toMatch(/^error/);
          // The database is opened at most once and always closed again.
          expect(run.closed).toBe(run.opened);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe('hostile text in admin free-text fields', () => {
  const SQL = "'; drop table people; --";
  it.each([
    ['facilitator add', ['facilitator', 'add', '--name', SQL]],
    ['group create', ['group', 'create', '--name', SQL, '--trades', 'asesoris', '--facilitator', '1', '--village', '<b>Desa</b>']],
    ['member add', ['member', 'add', '--group', '1', '--name', `Ani ${SQL}`]],
  ])('%s stores SQL and markup as plain text', async (_name, args) => {
    const run = await runAdminCommand(w.t.db, w.clock, args);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.stringify(run.json())).toContain('drop table people');
    expect((await w.counts()).people).toBeGreaterThan(0);
  });

  it.each([
    ['a NUL byte', 'Ani\u0000Lestari'],
    ['a lone surrogate', 'Ani \ud800'],
    ['5,000 characters', 'a'.repeat(5000)],
    ['only spaces', '   '],
  ])('a name with %s: done cleanly or refused with exit 2, never exit 1', async (_what, name) => {
    for (const args of [['facilitator', 'add', '--name', name], ['group', 'create', '--name', name, '--trades', 'asesoris', '--facilitator', '1'], ['member', 'add', '--group', '1', '--name', name]]) {
      const run = await runAdminCommand(w.t.db, w.clock, args);
      expect([0, 2], `${args.join(' ').slice(0, 60)}: ${run.stderr}`).toContain(run.code);
      if (run.code === 2) expect(run.stderr).toMatch(/^error: /);
      else expect(run.stdout).not.toContain('\\u0000');
    }
  });
});
