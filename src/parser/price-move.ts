/**
 * A price that moved, said beside what she paid: "beli gula 17rb, turun 5rb", "beli minyak 38rb,
 * mahal 3rb dr kemarin", "belanja cabe 30rb harganya naik 5rb", "tuku gula 17rb, munggah 2rb". The
 * second amount is how much the price rose or fell, never a second purchase (there is no verb
 * and no goods bought in its clause), so its entry is dropped.
 *
 * What is left is asked unless the clause says plainly that it compares prices:
 * - with a price word ("harganya naik 5rb") or a comparison ("naik 2rb dari kemarin"), the
 *   amount written with the purchase is what she paid today — one expense, confident;
 * - bare ("turun 5rb", "murah 2rb") it may be the price going down, or 5rb she bargained off
 *   (then she paid 12rb): asked with the 17.000 offered;
 * - after a sale, with "jadi" ("naik jadi 19rb", the new price: which did she pay?) or per unit
 *   ("naik 1rb per liter"): asked.
 * "naik" is also riding ("naik angkot 5rb", a fare): only an amount right after the move word
 * (or "lagi", "sekitar"…) is a move. Said before the purchase ("gula naik 2rb, beli 17rb") it is
 * dropped too, and asked.
 */
import type { Analysis } from './analyze.ts';
import { isClauseEnd } from './clause-ends.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_SALE, G_PAST } from './word-roles.ts';

/** Up, down, dearer, cheaper (Indonesian, Javanese, Sundanese, Minang, Banjar). */
const MOVE = new Set(['naik', 'naek', 'naiak', 'naik2', 'mundhak', 'mundak', 'munggah', 'minggah', 'undak', 'turun', 'turon', 'mudhun',
  'mudun', 'medun', 'nurun', 'mahal', 'larang', 'awis', 'maha', 'murah', 'mirah', 'kenaikan', 'penurunan', 'mahalan', 'murahan']);
const T_MOVE = trigger(MOVE);
/** Words of the price before the move: "harganya naik", "hrg gula turun". */
const PRICE = new Set(['harga', 'harganya', 'hrg', 'hrgnya', 'hargane', 'regane', 'rego', 'regone', 'hargana']);
/** Words that may lead the move, naming no act: "skrg naik", "lebih mahal", "udah turun". */
const LEAD = new Set(['skrg', 'sekarang', 'skrang', 'saiki', 'lebih', 'lbh', 'tambah', 'tmbh', 'makin', 'mkin', 'udah', 'udh', 'sudah',
  'sdh', 'dah', 'wis', 'wes', 'lagi', 'lg', 'ternyata', 'trnyt', 'eh', 'ehh', 'tapi', 'tp', 'cuma', 'cm', 'agak']);
/** Between the move and its amount: "naik lagi 2rb", "turun sekitar 3rb". */
const BETWEEN = new Set(['lagi', 'lg', 'sekitar', 'skitar', 'sampe', 'sampai', 'smpe', 'kira2', 'sebesar', 'hampir', 'udah', 'dah']);
/** A comparison after the amount: "dari kemarin", "dr biasanya", "drpd minggu lalu". */
const FROM = new Set(['dari', 'dr', 'drpd', 'daripada', 'tinimbang', 'timbang', 'ketimbang']);
const COMPARED = new Set(['kemarin', 'kmrn', 'kemaren', 'kmren', 'kmarin', 'biasanya', 'biasa', 'bisanya', 'minggu', 'lalu', 'kemarin2',
  'bulan', 'dulu', 'sebelumnya', 'sblmnya', 'sebelum', 'wingi', 'biyasane', 'biasane', 'lusa', 'tadi', 'pagi', 'pekan']);
/** Words that may close the clause: "naik 2rb lho". */
const TAIL = new Set(['aja', 'saja', 'lho', 'loh', 'deh', 'nih', 'ya', 'yah', 'bu', 'say', 'sist', 'huhu', 'hiks', 'wkwk']);
/** "naik jadi 19rb": the new price, not the move. */
const RESULT = new Set(['jadi', 'jd', 'jdi', 'mjd', 'menjadi']);
/** "naik 1rb per liter": a move of the price each. */
const PER = new Set(['per', 'perkilo', 'perkg', 'sekilo', 'seliter', 'perliter', 'sebiji', 'perbiji', '/']);

export interface PriceMove {
  /** Entries read from the move's clauses: no purchase. */
  drop: EntryOut[];
  /** Whether what is left is plainly what she paid (a price word or a comparison said). */
  sure: boolean;
}

interface MoveClause {
  from: number;
  to: number;
  sure: boolean;
}

/** The move clause whose move word is at i, or null. */
function clauseAt(a: Analysis, i: number, ends: ReadonlySet<number>): MoveClause | null {
  const { tokens } = a;
  // Back to the clause's start: an edge, or the end of the amount before ("beli cabe 30rb harganya naik 5rb").
  let from = i;
  let priced = false;
  let words = 0;
  while (from > 0) {
    const t = tokens[from - 1] as Token;
    if (isClauseEnd(t) || ends.has(from)) break;
    if (t.type !== T_WORD || (t.f & (F_SALE | F_EXPENSE)) !== 0 || MOVE.has(t.key)) return null;
    if (PRICE.has(t.key)) priced = true;
    else if (!LEAD.has(t.key) && ++words > 2) return null; // the goods whose price moved: "gula naik", "minyak goreng turun"
    from--;
  }
  // The move opening the message ("gula naik 2rb, beli 17rb") is news before the purchase: dropped, asked.
  const opens = from === 0;
  let k = i + 1;
  let loose = false;
  while (tokens[k]?.type === T_WORD && BETWEEN.has((tokens[k] as Token).key)) k++;
  if (tokens[k]?.type === T_WORD && RESULT.has((tokens[k] as Token).key)) {
    loose = true;
    k++;
  }
  const ex = a.nums[a.numIn[k] ?? -1];
  if (ex === undefined || ex.start !== k || ex.rupiah === null || tokens[k]?.type !== T_NUM) return null;
  k = ex.end;
  let compared = false;
  if (tokens[k] !== undefined && (PER.has((tokens[k] as Token).key) || (tokens[k] as Token).text === '/')) {
    loose = true;
    k += 2;
  }
  if (tokens[k]?.type === T_WORD && FROM.has((tokens[k] as Token).key)) {
    k++;
    let n = 0;
    while (n < 3 && tokens[k]?.type === T_WORD && (COMPARED.has((tokens[k] as Token).key) || ((tokens[k] as Token).f2 & G_PAST) !== 0)) {
      k++;
      n++;
    }
    if (n === 0) return null;
    compared = true;
  }
  while (tokens[k]?.type === T_WORD && TAIL.has((tokens[k] as Token).key)) k++;
  const end = tokens[k];
  if (end !== undefined && !isClauseEnd(end)) return null;
  return { from, to: k, sure: (priced || compared) && !loose && !opens };
}

/** The entries read from price moves beside other entries, or null when there are none. */
export function priceMove(a: Analysis, entries: readonly EntryOut[]): PriceMove | null {
  if (!present(a, T_MOVE) || entries.length < 2) return null;
  const ends = new Set(a.nums.map((n) => n.end));
  const drop: EntryOut[] = [];
  let sure = true;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || !MOVE.has(t.key)) continue;
    const clause = clauseAt(a, i, ends);
    if (clause === null) continue;
    const read = entries.filter((e) => e.at !== undefined && e.at >= clause.from && e.at < clause.to && !drop.includes(e));
    if (read.length !== 1) continue;
    drop.push(read[0] as EntryOut);
    if (!clause.sure) sure = false;
    i = clause.to;
  }
  const kept = entries.filter((e) => !drop.includes(e));
  if (drop.length === 0 || kept.length === 0) return null;
  // A price is what she paid for goods bought; after a sale (her own price, or her takings?) it is asked.
  if (!kept.every((e) => e.kind === 'expense')) sure = false;
  return { drop, sure };
}
