/**
 * Money borrowed or lent, said with a verb: "pinjem ibu 500rb buat bayar sekolah", "pinjam ke bu
 * Ani 1jt buat bayar sekolah", "pinjemin ibu 500rb buat modal". Borrowing for the business is
 * capital (business-cash.ts, outside-capital.ts read it); anything else read from such a message
 * with confidence — an instalment paid, a customer paying, an expense — is the purpose's words
 * ("buat bayar sekolah") or the lending taken for spending. Asked (`loan_mention`), never
 * recorded unasked. A loan as a noun ("bayar pinjaman 300rb") is an instalment and is not here,
 * unless it is given ("ibu kasih pinjaman 300rb buat bayar sekolah": borrowed, not paid).
 */
import type { Analysis } from './analyze.ts';
import { C_GUESS } from './confidence.ts';
import { T_WORD } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { moneyDirection } from './money-direction.ts';
import { CONFIDENT, type ParseResult } from './types.ts';

/** Borrowing and lending verbs (not the noun "pinjaman"). */
const LOAN_VERBS = new Set(['pinjam', 'pinjem', 'minjam', 'minjem', 'meminjam', 'dipinjam', 'dipinjem', 'pinjemin', 'pinjamin', 'minjemin',
  'minjamin', 'pinjamkan', 'meminjamkan', 'dipinjamkan', 'dipinjemin', 'dipinjamin']);
/** A loan given as a noun after a giving verb: "ibu kasih pinjaman 300rb", "dikasih pinjaman kakak". */
const GIVE = new Set(['kasih', 'ngasih', 'kasi', 'ngasi', 'beri', 'memberi', 'ngasihin', 'dikasih', 'dikasi', 'diberi']);
const T_LOAN_VERB = trigger(LOAN_VERBS, new Set(['pinjaman']));

/** Whether the message borrows or lends with a verb, or gives a loan ("kasih pinjaman"). */
function lendingSaid(a: Analysis): boolean {
  return a.tokens.some((t, i) => t.type === T_WORD && (LOAN_VERBS.has(t.key) || LOAN_VERBS.has(t.text) ||
    (t.key === 'pinjaman' && i > 0 && GIVE.has((a.tokens[i - 1] as { key: string }).key))));
}

export function guardBorrowed(a: Analysis, r: ParseResult): ParseResult {
  if (r.confidence < CONFIDENT || !present(a, T_LOAN_VERB)) return r;
  // The loan read as capital ("pinjem uang ibu 500rb buat modal, langsung belanja kain 450rb"):
  // its reader placed it, and what was bought after it is a step of its own.
  if (r.intent === 'record' && r.entries.some((e) => e.kind === 'capital')) return r;
  if (r.intent !== 'record' && r.intent !== 'repayment' && r.intent !== 'payment_received') return r;
  if (!lendingSaid(a)) return r;
  // "pinjam uang kas usaha 100rb buat beli obat anak": borrowing from her own business's purse
  // (named right after the verb) is taking it for the home — the withdrawal purse-taken.ts read.
  const dir = moneyDirection(a);
  const verb = a.tokens[dir.purse[0] - 1];
  if (r.intent === 'record' && r.entries.every((e) => e.kind === 'withdrawal') && dir.from === 'business' && verb !== undefined &&
    verb.type === T_WORD && LOAN_VERBS.has(verb.key)) return r;
  return { intent: 'unknown', confidence: C_GUESS, notes: ['loan_mention'] };
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardBorrowed.words = T_LOAN_VERB;
