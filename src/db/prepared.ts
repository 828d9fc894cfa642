/**
 * Statements of the inbound hot path, built and compiled by Kysely once and then only
 * filled in (issue #21: building a query's operation tree and compiling it to SQL was a
 * tenth of a message's CPU, on every statement of every message). The query is built with
 * a slot wherever a value goes; each slot must come out of the compile as a whole
 * parameter (`$1`, …), checked on the first run, so a value can never be baked into the
 * cached text. Each run puts the values into the slots' places and sends the same SQL.
 * Every parameter must be a slot or a value declared fixed (`slot.constant(…)`): a plain
 * value the build captured (a variable of the first call, `.limit(1)`, a literal in a
 * `where`) would be frozen into the cache for every later run, so the first compile refuses
 * it — a constant says in the code that the same value for ever is meant.
 *
 * Only for a statement whose text does not depend on its values: no part added or left
 * out by a value, no list whose length varies (use `= any(${list}::text[])`, one array
 * parameter, or key the statement by its shape, `preparedBy`). Each text is also prepared
 * on the server, once a connection (./server-prepared.ts says why and what keeps it safe). Our
 * databases have no Kysely plugins (a plugin would transform the first compile only).
 */
import { createQueryId, type Compilable, type CompiledQuery, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.ts';
import { prepareOnServer } from './server-prepared.ts';

/** A placeholder for a value, read from a run's values by `read`. */
class Slot<P> {
  constructor(readonly read: (values: P) => unknown) {}
}

/** A value the statement keeps for ever, declared so (`slot.constant`). */
class Constant {
  constructor(readonly value: unknown) {}
}

/**
 * Makes a slot: typed as the value it stands for, so Kysely checks it as it would the value.
 * `constant` marks a value meant to stay the same in every run (a fixed text, a limit).
 */
export interface SlotMaker<P> {
  <T>(read: (values: P) => T): T;
  constant<T>(value: T): T;
}

const constant = <T>(value: T): T => new Constant(value) as never;

function slotMaker<P>(make: (read: (values: P) => unknown) => unknown): SlotMaker<P> {
  return Object.assign(<T>(read: (values: P) => T) => make(read) as T, { constant });
}

/** A query builder, or raw SQL (`sql\`…\``, compiled against a database). */
type Statement<R> = Compilable<R> | RawBuilder<R>;

type Built<P, R> = (db: Kysely<Database>, slot: SlotMaker<P>) => Statement<R>;

const isRaw = <R>(statement: Statement<R>): statement is RawBuilder<R> => (statement as { isRawBuilder?: unknown }).isRawBuilder === true;

function compileWithSlots<P, R>(db: Kysely<Database>, build: Built<P, R>): CompiledQuery<R> {
  const made: Slot<P>[] = [];
  const slot = slotMaker<P>((read) => {
    const s = new Slot(read);
    made.push(s);
    return s;
  });
  const statement = build(db, slot);
  const compiled = isRaw(statement) ? statement.compile(db) : statement.compile();
  const lost = made.filter((s) => !compiled.parameters.includes(s));
  if (lost.length > 0) {
    throw new Error(`prepared statement: ${lost.length} slot(s) did not become parameters of ${compiled.sql}`);
  }
  const captured = compiled.parameters.flatMap((p, i) => (p instanceof Slot || p instanceof Constant ? [] : [`$${i + 1}`]));
  if (captured.length > 0) {
    throw new Error(`prepared statement: parameter(s) ${captured.join(', ')} of ${compiled.sql} are values captured by the build, not slots; read them from the values with a slot, or declare a value meant for every run with slot.constant`);
  }
  // Prepared on the server too, by each connection that runs it (./server-prepared.ts).
  prepareOnServer(compiled.sql);
  return compiled;
}

async function run<P, R>(db: Kysely<Database>, compiled: CompiledQuery<R>, values: P): Promise<R[]> {
  const parameters = compiled.parameters.map((p) => (p instanceof Slot ? (p as Slot<P>).read(values) : (p as Constant).value));
  const result = await db.executeQuery<R>({ query: compiled.query, sql: compiled.sql, parameters, queryId: createQueryId() });
  return result.rows;
}

/** A statement of fixed text: `build` runs once, on the first call. */
export function prepared<P, R>(build: Built<P, R>): (db: Kysely<Database>, values: P) => Promise<R[]> {
  let compiled: CompiledQuery<R> | undefined;
  return async (db, values) => {
    compiled ??= compileWithSlots(db, build);
    return run(db, compiled, values);
  };
}

/**
 * A statement whose text depends on a key read from its values: how many entries a
 * message records, or which other module's fragment it carries (a module-level function,
 * so the keys are few). One compile per key, `build` told the key; a value for which
 * `keyOf` gives `undefined` (a shape too rare to keep) is built afresh by `fresh`.
 */
export function preparedBy<P, K, R>(
  keyOf: (values: P) => K | undefined,
  build: (db: Kysely<Database>, slot: SlotMaker<P>, key: K) => Statement<R>,
  fresh?: (db: Kysely<Database>, values: P) => Promise<R[]>,
): (db: Kysely<Database>, values: P) => Promise<R[]> {
  const byKey = new Map<K, CompiledQuery<R>>();
  return async (db, values) => {
    const key = keyOf(values);
    if (key === undefined) {
      if (!fresh) throw new Error('prepared statement: no key for these values');
      return fresh(db, values);
    }
    let compiled = byKey.get(key);
    if (!compiled) {
      compiled = compileWithSlots<P, R>(db, (d, slot) => build(d, slot, key));
      byKey.set(key, compiled);
    }
    return run(db, compiled, values);
  };
}

/**
 * Another module's part of a statement (a write carried in a CTE, a fact read on a row):
 * how to build it with slots, and the values of this run. `build` is a module-level
 * function, the key under which the statement carrying it is compiled.
 */
export interface Fragment<V, Node> {
  build: (slot: SlotMaker<V>, db: Kysely<Database>) => Node;
  values: V;
}

/** Slots of a fragment inside a statement whose own values hold the fragment's under `pick`. */
export function slotsWithin<P, V>(slot: SlotMaker<P>, pick: (values: P) => V): SlotMaker<V> {
  return slotMaker<V>((read) => slot((values) => read(pick(values))));
}

const fragmentAlone = preparedBy<Fragment<unknown, Compilable<unknown>>, Fragment<unknown, Compilable<unknown>>['build'], unknown>(
  (f) => f.build,
  (db, slot, build) => build(slotsWithin(slot, (f) => f.values), db),
);

/** Runs a fragment as a statement of its own (when the statement that would carry it has nothing to do). */
export async function runFragment<V>(db: Kysely<Database>, fragment: Fragment<V, Compilable<unknown>>): Promise<void> {
  await fragmentAlone(db, fragment as Fragment<unknown, Compilable<unknown>>);
}

/**
 * A read one module lets another's statement carry (issue #21: a statement fewer): the
 * data-modifying CTEs it needs (`"name" as (…)`, comma-separated; Postgres runs a
 * data-modifying CTE only at a statement's top level, so they are handed over to go there)
 * and a select over them yielding exactly one row, which the carrying statement returns as
 * JSON for the module that built it to read. Its values hold only what JSON keeps as it is
 * (numbers, text, booleans, null).
 */
export interface CarriedRead {
  writes: RawBuilder<unknown>;
  row: RawBuilder<unknown>;
}
