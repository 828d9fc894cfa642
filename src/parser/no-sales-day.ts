/**
 * A day with no sales, said first, then what she spent: "gak laku hari ini, cuma bayar parkir
 * 5rb", "sepi gak ada yg beli, cuma beli bensin 20rb", "belum laku, beli plastik 10rb". The first
 * clause holds no money (nothing was sold); read as one message its sale verb carried into the
 * spending ("laku … parkir 5rb": a sale) and its negation into the whole (asked). Read apart, the
 * rest is the record.
 *
 * Only when the first clause has no number and no other day than today, says that nothing sold
 * (a negation before a selling word, or before "yg beli"/"pembeli"), and the rest alone is a
 * confident record of spending or money taken home, with no credit: then the rest is the result.
 * "gak jadi beli kain, bayar ongkir 10rb" (her own purchase called off) is not a day with no sales.
 */
import { isSoft, type Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { F_NEG, F_SALE, F_WEAK } from './word-roles.ts';

/** The first clause edge: a comma, semicolon, full stop or line break. */
const EDGE = /[,;.\n]/;
/** Buyers: "gak ada pembeli". */
const BUYERS = new Set(['pembeli', 'pembelinya', 'pelanggan', 'yang beli', 'orang beli']);
/** Before "beli", someone else buying: "gak ada yg beli". */
const SOMEONE = new Set(['yg', 'yang', 'orang', 'org']);

/** The other words a no-sales clause is made of ("sepi banget, gak ada yg beli sama sekali"). */
const PLAIN = new Set(['ada', 'yg', 'yang', 'beli', 'orang', 'org', 'sepi', 'banget', 'bgt', 'sama', 'sekali', 'blas', 'babar', 'pisan',
  'sih', 'nih', 'dagangan', 'jualan', 'daganganku', 'jualanku', 'lagi', 'lg', 'juga', 'jg', 'hari', 'ini', 'hr', 'mah', 'deh', 'aja']);

/**
 * A negation within four words before a selling word, a buyer, or "yg beli" — and nothing else
 * of weight in the clause ("kalau gak laku, …" is a condition, not her day).
 */
function saysNoSales(a: Analysis): boolean {
  const { tokens } = a;
  if (tokens.some((t) => t.type === T_WORD && !isSoft(t) && (t.f & (F_NEG | F_SALE)) === 0 && !BUYERS.has(t.key) && !PLAIN.has(t.key))) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (((tokens[i] as Token).f & F_NEG) === 0) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
      const u = tokens[j] as Token;
      if (u.type !== T_WORD) continue;
      if ((u.f & F_SALE) !== 0 && (u.f & F_WEAK) === 0) return true;
      if (BUYERS.has(u.key)) return true;
      if (u.key === 'beli' && SOMEONE.has((tokens[j - 1] as Token).key)) return true;
    }
  }
  return false;
}

export function readNoSalesDay(whole: ParseResult, text: string, look: (part: string) => Analysis,
  read: (part: string) => ParseResult): ParseResult | null {
  // The negation was the only doubt: anything else about the message is still asked.
  if (whole.intent !== 'record' || whole.confidence >= CONFIDENT || (whole.notes ?? []).join() !== 'not_a_fact') return null;
  const edge = EDGE.exec(text);
  if (edge === null) return null;
  const first = text.slice(0, edge.index).trim();
  const rest = text.slice(edge.index + 1).trim();
  if (first.length === 0 || rest.length === 0) return null;
  const a = look(first);
  if (a.nums.length > 0 || a.dates.some((d) => d.date !== a.today) || !saysNoSales(a)) return null;
  const r = read(rest);
  if (r.intent !== 'record' || r.confidence < CONFIDENT || r.credit !== undefined || (r.unresolved ?? []).length > 0) return null;
  if (!r.entries.every((e) => (e.kind === 'expense' || e.kind === 'withdrawal') && e.date === undefined)) return null;
  return r;
}
