/**
 * "laku 5 bros @15rb, dapat 75rb", "beli gula 20rb minyak 30rb, keluar 50rb", "…, duit masok
 * 180rb", "… 15k each so 180k": after a line whose entries are priced, a clause of only a
 * result word (received, spent, or a plain "jadi"/"so"/"kabeh dadi"), money words and an
 * amount restates what the line came to. It names no goods of its own, so it is her check on
 * the line, never a second sale or expense: equal, it is accounted for; different, the record
 * is asked (total_mismatch; the comparison is check-sums.ts restatedAgrees).
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import type { EntryKind } from './types.ts';

/** Words that say money came in for what was sold ("dapat", Javanese "oleh"/"entuk", Sundanese "meunang"). */
const RECEIVED = new Set(['dapat', 'hasil', 'masuk', 'terima', 'nerima', 'diterima', 'oleh', 'entuk', 'meunang', 'dibayar']);
/** Words that say money went out for what was bought. */
const SPENT = new Set(['keluar', 'habis', 'ngabisin', 'menghabiskan']);

/** More received words a restating clause may use: "masok", Javanese "mlebu", Sundanese "asup", English "got". */
const RECEIVED_MORE = new Set(['masok', 'masuak', 'mlebu', 'asup', 'dpt', 'dapatnya', 'hasilnya', 'olehe', 'antuk', 'got', 'get', 'earned', 'income', 'in']);
/** More spent words: "abis" (habis), Javanese "metu", Sundanese "kaluar", English "spent". */
const SPENT_MORE = new Set(['abis', 'habisnya', 'abisnya', 'keluarnya', 'metu', 'kaluar', 'spent', 'out']);
/** Words that state a result of either kind: "jadi", "so", Javanese "kabeh dadi", Palembang "galo", Minang "sadonyo". */
const RESULT = new Set(['jadi', 'jd', 'jdi', 'jadinya', 'jdnya', 'dadi', 'dados', 'so', 'berarti', 'brarti', 'totalnya', 'total',
  'semua', 'semuanya', 'kabeh', 'kabehe', 'sadonyo', 'sadoyo', 'sadaya', 'sadayana', 'galo', 'galonyo', 'sekalian', 'all']);
/** Money itself, named in the clause: "duit masok", "uang masuk", "dapet duit". */
const MONEY = new Set(['duit', 'uang', 'duitnya', 'uangnya', 'duwit', 'duwite', 'doku', 'hepeng', 'hepengna', 'money', 'cash']);
/**
 * Words that may stand in the clause without meaning anything of their own: openers, "so
 * far", and where the money went ("duit masuk ke rekening 180rb", "via QRIS") — a way of
 * paying, never goods.
 */
// ("eh jadi 50rb", "oh so 50k": an interjection before the result, not a correction: self-correction.ts.)
const OPENERS = new Set(['pokoknya', 'pokoke', 'alhamdulillah', 'alhamdulilah', 'yah', 'ya', 'terus', 'trus', 'lalu', 'far', 'eh', 'ehh', 'oh', 'nah',
  'ke', 'via', 'lewat', 'rekening', 'rek', 'atm', 'qris', 'transfer', 'tf', 'tunai', 'cash', 'dompet']);
/** Words that may close it: particles, a term of address, "total"/"semua" said again. */
const CLOSERS = new Set(['wong', 'lah', 'ya', 'yah', 'bu', 'kok', 'deh', 'sih', 'aja', 'saja', 'doang', 'total', 'semua',
  'semuanya', 'pas', 'alhamdulillah', 'kak', 'sis', 'mbak', 'nih', 'tuh', 'gitu', 'kabeh', 'galo', 'bae', 'all', 'kan']);

const T_RESTATED = trigger(RECEIVED, RECEIVED_MORE, SPENT, SPENT_MORE, RESULT, MONEY, ['=']);

/** The kind of entries the clause led by `lead` states a total of, or null when it is no such clause. */
export function statedLineTotal(lead: Token | null): EntryKind | null {
  if (lead === null) return null;
  if (RECEIVED.has(lead.key)) return 'sale';
  if (SPENT.has(lead.key)) return 'expense';
  return null;
}

/** "dapat", "hasil", "oleh": a word that says money came in. */
export function isReceivedWord(t: Token | undefined): boolean {
  return t !== undefined && RECEIVED.has(t.key);
}

/** Whether a word is one a restatement is made of ("so", "jadi", "duit", "dapet"…): not a new entry's word. */
export function restatementWord(t: Token): boolean {
  const k = t.key;
  return RESULT.has(k) || RECEIVED.has(k) || RECEIVED_MORE.has(k) || SPENT.has(k) || SPENT_MORE.has(k) || MONEY.has(k) || OPENERS.has(k);
}

export interface RestatedClause {
  /** The clause's first token. */
  start: number;
  /** The amount it states. */
  ex: NumExpr;
  /** Sale (received words), expense (spent words), or null (a result of either kind). */
  kind: EntryKind | null;
}

/**
 * The restating clause that ends tokens [from, to): its last amount, only closers after it,
 * and before it (back to `from` or to a word of something else) only result, money and
 * opening words, at least one of them a result. Null when there is none.
 */
export function restatedClause(a: Analysis, from: number, to: number): RestatedClause | null {
  if (!present(a, T_RESTATED)) return null;
  let ex: NumExpr | null = null;
  for (const e of a.nums) if (e.start >= from && e.end <= to) ex = e;
  if (ex === null || ex.rupiah === null || ex.rupiah < 1000 || ex.each) return null;
  for (let i = ex.end; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD ? !CLOSERS.has(t.key) : t.type !== T_PUNCT || t.text === ':') return null;
  }
  let received = false;
  let spent = false;
  let result = false;
  let start = ex.start;
  for (let i = ex.start - 1; i >= from; i--) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NUM || a.numIn[i] !== -1) break;
    if (t.type === T_PUNCT) {
      if (t.text !== '=') break;
      result = true;
    } else if (RECEIVED.has(t.key) || RECEIVED_MORE.has(t.key)) received = true;
    else if (SPENT.has(t.key) || SPENT_MORE.has(t.key)) spent = true;
    else if (RESULT.has(t.key) || MONEY.has(t.key)) result = true;
    else if (!OPENERS.has(t.key)) break;
    start = i;
  }
  if ((received && spent) || !(received || spent || result)) return null;
  return { start, ex, kind: received ? 'sale' : spent ? 'expense' : null };
}
