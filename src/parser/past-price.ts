/**
 * The old price she compares today's with: "kedele naik lagi bu 😭 / kulakan kedele 25 kg @11.800 /
 * minggu lalu masih 11rb", "beli gula 17rb, kemarin masih 15rb", "beli minyak 20rb biasanya cuma
 * 18rb", "kulakan beras 60rb, padahal kemarin 55rb", "beli cabe 50rb, naik dari 40rb", "tuku gula
 * 17rb, wingi sik 15rb". After her money (a clause before, or the same clause right after the
 * amount), a clause holding one amount and only words of a price then is what the goods cost
 * before — no money of today, no second entry, no day of the record, no period's sum:
 *
 * - a past time ("minggu lalu", "kemarin", "dulu", "wingi", "harga lama") with a word of still
 *   ("masih", "cuma", "isih", "sik"), of a price ("harga kemarin") or of contrast ("padahal");
 * - a word of the usual price on its own ("biasanya", "biasane", "sebelumnya", "normalnya");
 * - the price moved from it ("naik dari 40rb", "turun dari 50rb", "naik 2rb dari kemarin", "kemarin naik 2rb").
 *
 * WHY: the old price was read as a second purchase (confidently), its "kemarin" as the day of the
 * whole record and its "minggu lalu" as a week's sum (`period_sum`). Any other word on that line
 * ("kemarin beli telur 15rb": a verb of hers, other goods) keeps it read as before.
 *
 * A past day alone with an amount ("laku 50rb, kemarin 40rb") may be yesterday's takings — a second
 * entry of another day — or only the comparison: `pastDaySpans` finds it and the record is
 * asked (it was two entries, both dated yesterday, confidently).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { isClauseEnd } from './clause-ends.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_UNIT, G_PAST } from './word-roles.ts';

/** The price moved: "naik", "turun", Javanese "mundhak"; "mahal 3rb dr kemarin" (dearer, cheaper) says the same (price-move.ts). */
const MOVED = new Set(['naik', 'turun', 'mundak', 'mundhak', 'munggah', 'naek', 'mahal', 'murah', 'larang', 'mudhun', 'mudun', 'kenaikan',
  'penurunan']);
/** "naik dari 40rb": where it moved from. */
const FROM = new Set(['dari', 'dr', 'drpd', 'daripada', 'teko']);
/** A past time standing alone: "kemarin", "dulu", "wingi" ("minggu lalu" is one token with G_PAST). */
const PAST = new Set(['kemarin', 'kemaren', 'kmrn', 'kmren', 'kmaren', 'kemarenan', 'dulu', 'dlu', 'biyen', 'mbiyen', 'wingi', 'lalu']);
/** "harga lama": old only after a price word. */
const OLD = new Set(['lama', 'lawas']);
/** The usual or earlier price, a comparison on its own: "biasanya 15rb", "sebelumnya 18rb". */
const USUAL = new Set(['biasanya', 'biasane', 'biasae', 'biasany', 'biasa', 'normalnya', 'sebelumnya', 'sblmnya', 'sebelume']);
/** Still only: "masih 11rb", "cuma 11rb", Javanese "isih", "sik", "mung", "mek". */
const STILL = new Set(['masih', 'msh', 'isih', 'iseh', 'sik', 'sek', 'cuma', 'cuman', 'cm', 'mung', 'mek', 'hanya', 'baru']);
/** Contrast: "padahal kemarin 55rb". */
const BUT_THEN = new Set(['padahal', 'pdhl', 'padahalkan']);
/** Price words: "harga kemarin 15rb", "regane wingi". */
const PRICE = new Set(['harganya', 'harga', 'hrg', 'hrgnya', 'regane', 'rego', 'rega']);
/** Words that may stand beside them and add nothing: "lho", "bu", "per", "sekilo". */
const FILL = new Set(['kan', 'kok', 'lho', 'loh', 'bu', 'itu', 'pas', 'waktu', 'wkt', 'per', 'sekilo', 'perkilo', 'ya', 'lo', 'minggu',
  'bulan', 'pekan', 'sih', 'mah', 'tuh']);
const COMMA = new Set([',', ';']);
const T_MOVED = trigger(MOVED);
const T_OLD_PRICE = trigger(MOVED, PAST, USUAL, STILL, BUT_THEN, OLD);

/** Whether the message holds a word an old price is said with (a cheap gate for the readers below). */
export function mayHoldPastPrice(a: Analysis): boolean {
  return a.nums.length >= 2 && present(a, T_OLD_PRICE);
}

/** 'old': an old price; 'unsure': maybe an entry of its own (a past day alone). */
type Reading = 'old' | 'unsure' | null;

/** Token spans [from, to) of clauses after her money read `want` (see the file comment). */
function spansRead(a: Analysis, want: Reading): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!mayHoldPastPrice(a)) return out;
  const { tokens } = a;
  let money = false;
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && !isClauseEnd(t)) continue;
    // Within a line (after a comma) the clause is read alone. On a line of its own it is an old price only
    // when the message says the price moved ("kedele naik lagi / … / minggu lalu masih 11rb"; without
    // "naik", "masih 11rb" there may be what was left: asked, cases-trust-numbers-roles.jsonl), and a past
    // day alone is never asked here ("laku 50rb hari ini / kemarin 40rb" is a day sheet's, dates.ts).
    const inLine = COMMA.has(tokens[from - 1]?.text ?? '');
    if (money && (inLine || (want === 'old' && present(a, T_MOVED))) && read(a, from, i) === want) out.push([from, i]);
    else {
      // "beli bawang 35rb kemaren cuma 30rb": the old price in the same clause, right after the amount.
      for (const ex of a.nums) {
        if (ex.start < from || ex.end > i || ex.strength === S_PLAIN) continue;
        money = true;
        if (ex.end < i && read(a, ex.end, i) === want) {
          out.push([ex.end, i]);
          break;
        }
      }
    }
    from = i + 1;
  }
  return out;
}

/** Old prices compared with today's. */
export function pastPriceSpans(a: Analysis): Array<[number, number]> {
  return spansRead(a, 'old');
}

/** A past day and an amount only, after her money and a comma: an entry of its own, or the comparison? */
export function pastDaySpans(a: Analysis): Array<[number, number]> {
  return spansRead(a, 'unsure');
}

/** How tokens [from, to) read: an old price, a past day beside one amount, or neither. */
function read(a: Analysis, from: number, to: number): Reading {
  let past = false;
  let still = false;
  let usual = false;
  let moved = false;
  let moveFrom = false;
  let price = false;
  let amounts = 0;
  for (let j = from; j < to; j++) {
    const t = a.tokens[j] as Token;
    const k = a.numIn[j];
    if (k !== undefined && k >= 0) {
      const ex = a.nums[k];
      if (ex === undefined || ex.strength === S_PLAIN || ex.start !== j) return null;
      amounts++;
      j = ex.end - 1;
    } else if (t.type === T_WORD) {
      if (USUAL.has(t.key)) usual = true;
      // Javanese "sik" / "sek" (still) is read "dulu" by the lexicon: its own spelling decides here.
      else if (STILL.has(t.text.toLowerCase())) still = true;
      else if ((t.f2 & G_PAST) !== 0 || PAST.has(t.key)) past = true;
      else if (OLD.has(t.key) && PRICE.has(a.tokens[j - 1]?.key ?? '')) past = true;
      else if (STILL.has(t.key) || BUT_THEN.has(t.key)) still = true;
      else if (PRICE.has(t.key)) price = true;
      // "naik dari 40rb", "turun 2rb dari kemarin", "kemarin naik 2rb": the price moved.
      else if (MOVED.has(t.key)) moved = true;
      else if (FROM.has(t.key)) moveFrom = true;
      else if (!FILL.has(t.key) && (t.f & F_UNIT) === 0) return null;
    }
  }
  if (amounts !== 1 || (moveFrom && !moved)) return null;
  if (usual || (moved && (moveFrom || past)) || (past && (still || price))) return 'old';
  // "laku 50rb, kemarin 40rb": yesterday's takings, or the comparison? ("bayar sewa 15rb, naik 5rb", a
  // move alone, stays two entries: cases-trust-story.jsonl.)
  return past && !moved ? 'unsure' : null;
}

/** Whether token `at` stands inside an old price compared with today's. */
export function inPastPrice(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  return spans.some(([from, to]) => at >= from && at < to);
}
