/**
 * A down payment that came in for an order still to be made: "dp snack box 100 kotak buat pengajian
 * kamis, ditransfer bu Rina 750rb", "DP 50% nasi kotak 150 box utk hari Jumat, masuk 1.5jt". The money
 * is in her hands today — her sale, as "terima DP kebaya 200rb" is (dp-direction.ts) — and:
 *
 * - the count of what was ordered ("100 kotak", "150 box") is the order's size, no money of its own
 *   (`dpOrderCounts`: the record reader does not count it as a number left unaccounted);
 * - "DP 50%" right before the goods says what share of the price the money is (`dpShareSaid`):
 *   with a receiving word right before the one amount, that amount is what came in.
 *
 * WHY: both read as doubts ("unaccounted_number", "percentage") and a plain received DP was asked
 * for no reason. Only with a DP word and a receiving word right before the amount (`masuk 1.5jt`,
 * `ditransfer bu Rina 750rb`): "DP 50% dari 300rb" (paid or received?) stays asked (percent-of.ts).
 */
import type { Analysis } from './analyze.ts';
import type { DateMention } from './dates.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { M_PERCENT } from './marks.ts';
import { F_UNIT, G_HONORIFIC } from './word-roles.ts';

const DOWN = new Set(['dp', 'dpnya', 'panjar', 'persekot', 'uang muka', 'tanda jadi']);
/** Received, right before the money (a titled payer may stand between: "ditransfer bu Rina 750rb"). */
const RECEIVED = new Set(['masuk', 'udah masuk', 'sudah masuk', 'terima', 'diterima', 'dapat', 'dapet', 'dpt', 'ditransfer', 'ditf',
  'dibayar', 'dikasih', 'dikirim']);

/** The one amount of money (not a plain count), or null when none or several. */
function oneMoney(a: Analysis): NumExpr | null {
  const money = a.nums.filter((n) => n.rupiah !== null && n.strength > S_PLAIN);
  return money.length === 1 ? (money[0] as NumExpr) : null;
}

/** A receiving word right before `at`, or before a title and a name right before it. */
function receivedBefore(a: Analysis, at: number): boolean {
  const { tokens } = a;
  let k = at - 1;
  if (k >= 1 && tokens[k]?.type === T_WORD && ((tokens[k - 1]?.f2 ?? 0) & G_HONORIFIC) !== 0) k -= 2;
  return RECEIVED.has(tokens[k]?.key ?? '');
}

/** A DP word, said with a receiving word anywhere ("terima dp", "dp … masuk"), and one amount: its start, or -1. */
function dpReceived(a: Analysis): number {
  let down = false;
  let received = false;
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    for (const k of t.key.includes(' ') ? [t.key, ...t.key.split(' ')] : [t.key]) {
      if (DOWN.has(k)) down = true;
      else if (RECEIVED.has(k)) received = true;
    }
  }
  const m = down && received ? oneMoney(a) : null;
  return m === null ? -1 : m.start;
}

/** Whether the message names a DP, received right before its one amount: the amount's start, or -1. */
function dpReceivedAt(a: Analysis): number {
  const at = dpReceived(a);
  return at >= 0 && receivedBefore(a, at) ? at : -1;
}

/** How many plain counts of goods ("150 box", "100 kotak") stand before a received DP's amount. */
export function dpOrderCounts(a: Analysis): number {
  const at = dpReceived(a);
  if (at < 0) return 0;
  return a.nums.filter((n) => n.end < at && n.strength === S_PLAIN && a.marks[n.start] === 0 &&
    ((a.tokens[n.end]?.f ?? 0) & F_UNIT) !== 0).length;
}

/** "buat", "utk": what the order is for — the event and its day after it. */
const FOR = new Set(['buat', 'bwt', 'utk', 'untuk', 'untk', 'kanggo', 'gae', 'gawe']);
/** How far before the day its purpose word may stand ("buat pengajian ibu2 kamis"). */
const FOR_REACH = 3;

/**
 * "dp snack box … buat pengajian kamis, ditransfer bu Rina 750rb", "terima dp tumpeng buat syukuran sabtu
 * 200rb": a day after the order's purpose, before the DP received, is the day of the event ordered —
 * ahead, whatever day of last week the weekday alone would name. The money came in today.
 */
export function dpOrderDay(a: Analysis, m: DateMention): boolean {
  const at = dpReceived(a);
  if (at < 0 || m.start > at) return false;
  for (let k = m.start - 1; k >= 0 && k >= m.start - 1 - FOR_REACH; k--) {
    const t = a.tokens[k] as Token;
    if (t.type !== T_WORD) return false;
    if (FOR.has(t.key)) return true;
  }
  return false;
}

/** "DP 50% … masuk 1.5jt": a DP word right before the one percentage, and the amount received — the percent is its share. */
export function dpShareSaid(a: Analysis): boolean {
  const at = dpReceivedAt(a);
  if (at < 0) return false;
  const pcs = a.tokens.flatMap((t, i) => (a.marks[i] === M_PERCENT && t.type === T_NUM ? [i] : []));
  if (pcs.length !== 1) return false;
  const i = pcs[0] as number;
  return i < at && DOWN.has((a.tokens[i - 1] as Token | undefined)?.key ?? '');
}
