/**
 * Money taken, or paid back, with what decides its kind left unsaid — asked, never recorded unasked:
 * - "suami ambil 200rb", "anak ngambil 50rb": someone of hers took money, from where and for what is
 *   not said (the till or her purse?). As "ambil 200rb" alone is asked (withdrawal_guessed).
 * - "kasbon dulu 100rb buat bensin": an advance, whose? (her worker's, hers from the till, a tab?) —
 *   never an expense named "kasbon dulu" unasked (kind_guessed).
 * - "ganti duit dapur yg kepake buat belanja bahan 100rb": the home's money paid back from the
 *   business, for what the business bought — whether that purchase is in the books yet is asked (mixed_use).
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT, C_GUESS } from './confidence.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { G_HONORIFIC } from './word-roles.ts';

/** Her own people who may take money. */
const KIN = new Set(['suami', 'suamiku', 'anak', 'anakku', 'istri', 'adik', 'adek', 'kakak', 'bapak', 'ibu', 'mama',
  'papa', 'ayah', 'mertua']);
const TAKE = new Set(['ambil', 'ngambil', 'mengambil', 'ambek']);
/** An advance: "kasbon dulu", "ngebon dulu". */
const ADVANCE = new Set(['kasbon', 'ngebon', 'kasbonan']);
/** People she employs: their advance is her cost as written. */
const WORKERS = new Set(['karyawan', 'pegawai', 'pekerja', 'tukang', 'buruh', 'kuli', 'pembantu', 'asisten', 'sopir', 'supir', 'kurir']);
/** Paying back: "ganti", "gantiin", "balikin". */
const PAY_BACK = new Set(['ganti', 'gantiin', 'ngganti', 'nggantiin', 'balikin', 'kembaliin', 'ngembaliin']);
const MONEY = new Set(['duit', 'uang', 'doku']);
const HOME = new Set(['dapur', 'rumah', 'pribadi', 'belanja rumah']);

/** The words outside every amount. (A loop, not a named closure: this runs on every confident entry; see glued-count.ts sameNumber.) */
function words(a: Analysis): Token[] {
  const out: Token[] = [];
  a.tokens.forEach((t, i) => {
    if (t.type === T_WORD && !a.nums.some((ex) => i >= ex.start && i < ex.end)) out.push(t);
  });
  return out;
}

export function guardTakingUnsaid(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.entries.length !== 1 || r.confidence < CONFIDENT || a.nums.length !== 1) return r;
  if (a.tokens.some((t) => t.type === T_PUNCT && t.text !== '.')) return r;
  const e = r.entries[0];
  if (!e) return r;
  const w = words(a);
  const first = w[0];
  if (!first) return r;
  if (e.kind === 'withdrawal' && w.length === 2 && KIN.has(first.key) && TAKE.has((w[1] as Token).key)) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'withdrawal_guessed'] };
  }
  if (e.kind === 'expense' && ADVANCE.has(first.key) && !w.some((t) => WORKERS.has(t.key) || (t.f2 & G_HONORIFIC) !== 0)) {
    return { ...r, confidence: C_GUESS, notes: [...(r.notes ?? []), 'kind_guessed'] };
  }
  if (e.kind === 'expense' && PAY_BACK.has(first.key) && MONEY.has(w[1]?.key ?? '') && HOME.has(w[2]?.key ?? '')) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'mixed_use'] };
  }
  return r;
}
