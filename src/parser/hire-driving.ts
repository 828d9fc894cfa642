/**
 * Driving for hire: "narik ojek 80rb", "narik angkot 150rb", "tadi narik ojol 80rb" — she (or her
 * husband) drove the ojek or angkot and earned the money. "ojek", "angkot" alone are her fare paid
 * ("ojek 20rb", "naik ojek 20rb"), so the record reader booked the takings as her expense. After
 * "narik" the vehicle is the work: never her expense unasked — read as takings, asked (`weak_verb`).
 *
 * WHY asked: "narik" is also drawing money out ("narik uang di atm"); only the vehicle right after
 * it says the work. "narik angkot dapat 150rb" (a word of earning) already reads as takings.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_WORD } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';

/** Drawing a passenger vehicle: "narik", "nariq", "narek" as typed. */
const PULL = new Set(['narik', 'nariq', 'narek']);
/** Vehicles driven for hire. */
const HIRE = new Set(['ojek', 'ojol', 'angkot', 'becak', 'bentor', 'grab', 'gojek', 'maxim', 'taksi', 'taxi', 'bajaj', 'bemo', 'delman',
  'andong', 'ojeg', 'odong', 'mikrolet', 'travel', 'elf', 'pete']);
const T_PULL = trigger(PULL);

export function guardHireDriving(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || !present(a, T_PULL)) return r;
  const at = a.tokens.findIndex((t, i) => t.type === T_WORD && PULL.has(t.key) && HIRE.has(a.tokens[i + 1]?.key ?? ''));
  if (at < 0) return r;
  const vehicle = a.tokens[at + 1]?.key;
  // ("narik ojek 80rb, bensin 20rb": the fuel stays her expense.)
  const fare = (e: ParsedEntry): boolean => e.kind === 'expense' && e.item === vehicle;
  if (!r.entries.some(fare)) return r;
  return { ...r, entries: r.entries.map((e) => (fare(e) ? { ...e, kind: 'sale' as const } : e)), confidence: C_DOUBT,
    notes: [...(r.notes ?? []), 'weak_verb'] };
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardHireDriving.words = T_PULL;
