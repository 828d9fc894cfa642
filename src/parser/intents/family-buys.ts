/**
 * Her household buying is not her sale (issue 15). Who buys, from whom and with whose money
 * decide:
 *
 * - her own family as the buyer ("anakku jajan 10rb", "anak saya beli es 5rb", "suami beli rokok
 *   25rb pakai uang warung", "bapaknya anak-anak ambil 50rb dari laci"): money (or goods) taken
 *   for the home — a withdrawal. Confident when the business's money or stock is named as the
 *   source (`pakai uang warung`, `dari laci`) or money was taken; a purchase with no source
 *   (his own money, or the warung's?) is asked (`withdrawal_guessed`);
 * - other people's children ("anak-anak sekolah pada beli jajan 45rb", "anak SD jajan 40rb",
 *   "murid-murid beli …"): customers — her sale;
 * - "anak-anak beli jajan 20rb" with nobody's children said: her sale asked (`family_or_buyer`).
 *
 * The subject must stand right before the buying or taking verb (time words and "pada" may come
 * between). The rest of the message is read by the record reader with the verb as a sale verb
 * and the subject and the money's source hidden; this only sets the kind and the doubt.
 */
import type { Analysis } from '../analyze.ts';
import { C_DOUBT } from '../confidence.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { M_HIDDEN } from '../marks.ts';
import type { ParsedEntry, ParseResult } from '../types.ts';
import { F_SALE, G_HONORIFIC } from '../word-roles.ts';
import { inputKind } from '../business-inputs.ts';
import { present, trigger } from '../triggers.ts';
import { asSaleWord } from '../token-rewrite.ts';
import { CHILD_PET_NAMES } from '../takers.ts';

/** Buying for oneself, and snacking ("jajan" is buying a snack). */
const BUY = new Set(['beli', 'membeli', 'beliin', 'tuku', 'nuku', 'tumbas', 'meuli', 'mbeli', 'belanja', 'jajan', 'njajan', 'jajanin',
  'ngejajan', 'jajan2']);
/** Taking money: only with money right after it ("ambil 50rb", "ambil uang 50rb"); goods taken are own-use.ts's. */
const TAKE = new Set(['ambil', 'ngambil', 'mengambil', 'minta', 'njaluk', 'nyuwun', 'tarik', 'narik']);
/** Asking her for money (not taking it): whose money she gave is unsaid. */
const ASKING = new Set(['minta', 'njaluk', 'nyuwun']);
/** Words that may stand between the buyer and the verb. */
const FILLER = new Set(['tadi', 'td', 'kemarin', 'kmrn', 'kemaren', 'barusan', 'pagi', 'siang', 'sore', 'malam', 'pada', 'pd', 'udah',
  'sudah', 'sdh', 'wis', 'lagi', 'juga', 'jg', 'podo', 'padha', 'rame', 'rame-rame', 'ramai-ramai', 'baru']);
/** Children, as a word that does not say whose. */
const CHILDREN = new Set(['anak', 'anak-anak', 'anak2', 'bocah', 'bocah-bocah', 'bocah2', 'budak', 'barudak', 'cah', 'krucil',
  'murangkalih']);
/** Her own: "anak saya", "bocahku". */
const MINE = new Set(['saya', 'sy', 'aku', 'ku', 'ane', 'kulo', 'abdi', 'gue', 'gw', 'sendiri', 'kami', 'kita', 'q']);
/** Her family in one word. */
const OWN = new Set(['anakku', 'anak-anakku', 'anak2ku', 'bocahku', 'suami', 'suamiku', 'bojoku', 'bojo', 'misua', 'adikku',
  'ibuku', 'bapakku', 'mertua', 'mertuaku', 'ponakan', 'ponakanku', 'keponakan', 'cucu', 'cucuku', 'keluarga', 'anake', 'anakipun']);
/** Her parents, with "saya"/"ku" after them. */
const PARENTS = new Set(['ibu', 'bapak', 'mama', 'mamah', 'papa', 'emak', 'mak', 'mamak', 'ayah', 'abah', 'umi', 'ummi', 'simbok', 'mbok']);
/** "bapaknya anak-anak", "bapake bocah": her husband. */
const FATHER_OF = new Set(['bapaknya', 'bapake', 'ayahnya', 'papanya', 'abahnya', 'bapak', 'ayah', 'papa', 'abah']);
/** Other people's children: "anak sekolah", "anak SD", "anak tetangga". */
const OTHERS = new Set(['sekolah', 'sd', 'smp', 'sma', 'smk', 'tk', 'paud', 'mi', 'mts', 'tetangga', 'kampung', 'komplek', 'kompleks',
  'ngaji', 'tpa', 'tpq', 'les', 'sebelah', 'kos', 'kost', 'sekitar', 'gang', 'rt', 'pondok']);
/** Pupils: always customers. */
const PUPILS = new Set(['murid', 'murid-murid', 'murid2', 'siswa', 'siswa-siswi', 'pelajar', 'santri', 'santri-santri']);
/** The business's money or stock as the source: "pakai uang warung", "dari laci". */
const MONEY = new Set(['uang', 'duit', 'hasil']);
const BUSINESS = new Set(['warung', 'jualan', 'dagangan', 'toko', 'usaha', 'kios', 'lapak', 'laci', 'kas', 'dagang']);
const SOURCE_LEAD = new Set(['pakai', 'pake', 'pakek', 'dari', 'dr', 'di', 'ambil']);

const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt']);
/** Goods a family member buys that only the trade uses, beside business-inputs.ts's inputs: "suami beliin kain 200rb". */
const TRADE_GOODS = new Set(['kain', 'dagangan', 'kulakan', 'stok', 'stock', 'barang', 'bahan']);
/** His or her own money, not the business's: "pake uang dia sendiri", "pakai duit suami". */
const OWN_MONEY = new Set(['sendiri', 'pribadi', 'dia', 'suami', 'suaminya', 'bapak', 'nya']);

/** The goods of an entry are the trade's, bought for the business. */
function tradeGoods(item: string | null): boolean {
  if (item === null) return false;
  return inputKind(item) === 'input' || TRADE_GOODS.has(item.split(/\s+/)[0] ?? '');
}

/** "pake uang dia sendiri", "uangnya sendiri", "duit suami": the buyer's own money named. */
function ownMoneyNamed(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const k = (tokens[i] as Token).key;
    if ((k === 'uang' || k === 'duit' || k === 'uangnya' || k === 'duitnya') && OWN_MONEY.has((tokens[i + 1] as Token).key)) return true;
  }
  return false;
}
/** The business as what a purchase was for. */
const FOR_BUSINESS = new Set(['warung', 'jualan', 'dagangan', 'toko', 'usaha', 'kios', 'lapak', 'modal', 'kulakan', 'stok', 'antar',
  'kirim', 'bahan', 'produksi']);

function forBusiness(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i + 1 < tokens.length; i++) {
    if (PURPOSE.has((tokens[i] as Token).key) && FOR_BUSINESS.has((tokens[i + 1] as Token).key)) return true;
  }
  return false;
}

type Who = 'own' | 'others' | 'unclear';

/** Who the words before the verb name, or null when they are not a household or children. */
function whoBuys(words: readonly Token[]): Who | null {
  const keys = words.map((t) => t.key);
  if (keys.length === 0 || keys.length > 3) return null;
  // "ibu saya", "mamak aku": her own parent (not "ibu" alone, a title).
  if (PARENTS.has(keys[0] as string) && MINE.has(keys[1] ?? '')) return 'own';
  // "keluarga Pak RT beli nasi kotak": a titled person's household is a customer's.
  if (words.some((t) => (t.f2 & G_HONORIFIC) !== 0)) return null;
  if (keys.some((k) => PUPILS.has(k))) return 'others';
  if (keys.some((k) => OWN.has(k))) return 'own';
  // "si kecil", "si sulung", "si adek": her own child by a pet name.
  // ("si Ifah ambil 20 lembar @85rb": "si" before a name the lexicon does not know is a person named,
  // whose taking of her goods is her sale: entry-elements.ts resellerNamed.)
  if (keys[0] === 'si' && keys.length === 2) return words[1]?.info === null && !CHILD_PET_NAMES.has(keys[1] as string) ? null : 'own';
  const c = keys.findIndex((k) => CHILDREN.has(k));
  if (c < 0) return null;
  const next = keys[c + 1];
  if (c > 0 && FATHER_OF.has(keys[c - 1] as string)) return 'own';
  if (next !== undefined && MINE.has(next)) return 'own';
  if (next !== undefined && OTHERS.has(next)) return 'others';
  // Only the children (and "kecil"), nobody's said: one child ("anak", "bocah") is her own as
  // she speaks of it; several ("anak-anak") may be the neighbourhood's.
  if (!keys.every((k, i) => i === c || k === 'kecil' || k === 'kecil-kecil')) return null;
  return keys[c] === 'anak' || keys[c] === 'bocah' || keys[c] === 'cah' ? 'own' : 'unclear';
}

/** The source's tokens from i on ("pakai uang warung", "dari laci"), or 0 when there is none. */
function sourceAt(tokens: readonly Token[], i: number): number {
  if (!SOURCE_LEAD.has(tokens[i]?.key ?? '')) return 0;
  let j = i + 1;
  if (MONEY.has(tokens[j]?.key ?? '')) j++;
  return BUSINESS.has(tokens[j]?.key ?? '') ? j + 1 - i : 0;
}

const T_FAMILY_BUYS = trigger(BUY, TAKE);
/**
 * The household or children buying; null when the message does not open with one (then the
 * other readers decide). `read` is the record reader, given the view.
 */
export function detectFamilyBuying(a: Analysis, read: (view: Analysis) => ParseResult | null): ParseResult | null {
  if (!present(a, T_FAMILY_BUYS)) return null;
  if (a.nums.length === 0) return null;
  const { tokens } = a;
  // The verb, with only the subject and fillers before it.
  let v = -1;
  const subject: Token[] = [];
  const hide = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length && i < 8; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) return null;
    if (BUY.has(t.key) || TAKE.has(t.key)) {
      v = i;
      break;
    }
    hide[i] = 1;
    if (!FILLER.has(t.key)) subject.push(t);
  }
  if (v < 0) return null;
  const who = whoBuys(subject);
  if (who === null) return null;
  const verb = tokens[v] as Token;
  const take = TAKE.has(verb.key);
  // "suami ambil 50rb", "ambil uang 50rb": money taken. Goods taken are own-use.ts's.
  if (take && !(tokens[v + 1]?.type === T_NUM || MONEY.has(tokens[v + 1]?.key ?? ''))) return null;
  if (take && who !== 'own') return null;
  // "suami belanja ke pasar 200rb buat warung": bought for the business — its expense, not the home's.
  if (forBusiness(tokens, v + 1)) return null;
  let source = false;
  for (let i = v + 1; i < tokens.length; i++) {
    if (take && MONEY.has((tokens[i] as Token).key) && i === v + 1) hide[i] = 1;
    const n = sourceAt(tokens, i);
    if (n === 0) continue;
    source = true;
    for (let k = i; k < i + n; k++) hide[k] = 1;
    i += n - 1;
  }
  // No sale of hers in the same message: "anakku jajan 10rb, laku kue 50rb" is left to the others.
  for (let i = v + 1; i < tokens.length; i++) if (hide[i] === 0 && ((tokens[i] as Token).f & F_SALE) !== 0 && who === 'own') return null;
  const out = tokens.slice();
  out[v] = asSaleWord(verb);
  const marks = new Uint8Array(a.marks);
  for (let i = 0; i < tokens.length; i++) if (hide[i] !== 0 && marks[i] === 0 && tokens[i]?.type !== T_PUNCT) marks[i] = M_HIDDEN;
  let f = 0;
  let f2 = 0;
  for (let i = 0; i < out.length; i++) if (marks[i] === 0 && out[i]?.type === T_WORD) {
    f |= (out[i] as Token).f;
    f2 |= (out[i] as Token).f2;
  }
  const r = read({ ...a, tokens: out, marks, f, f2 });
  if (r?.intent !== 'record' || r.entries.length === 0 || !r.entries.every((e) => e.kind === 'sale' && e.amount > 0)) return null;
  const cap = (note: string): void => {
    r.confidence = Math.min(r.confidence, C_DOUBT);
    r.notes = [...(r.notes ?? []).filter((n) => n !== note), note];
  };
  // "anak SD pada jajan 40rb": the snack is what was bought.
  for (const e of r.entries as ParsedEntry[]) if (e.item === null && verb.key.includes('jajan')) e.item = 'jajan';
  if (who === 'unclear') cap('family_or_buyer');
  // "suami yang beliin benang 50rb", "bapaknya anak-anak belanja bahan 150rb": bought for the
  // trade by her family — the business's expense, not the home's. Sure only when the
  // business's money paid; his own money named is also capital put in; unsaid, asked.
  if (who === 'own' && !take && r.entries.every((e) => tradeGoods(e.item))) {
    for (const e of r.entries as ParsedEntry[]) e.kind = 'expense';
    r.notes = (r.notes ?? []).filter((n) => n !== 'withdrawal_guessed');
    if (!source && ownMoneyNamed(tokens)) {
      const sum = r.entries.reduce((s, e) => s + e.amount, 0);
      (r.entries as ParsedEntry[]).push({ kind: 'capital', amount: sum, item: null, quantity: null, unit: null, unitPrice: null });
    }
    if (!source) cap('named_spender');
    return r;
  }
  if (who === 'own') {
    for (const e of r.entries as ParsedEntry[]) e.kind = 'withdrawal';
    // Bought with whose money? Only the business's, named or taken, is sure.
    // "suami minta 100rb buat bensin": asked for money, not said to be taken from the till —
    // she may have given it from her own purse. Asked as a purchase with no source is.
    if (!source && (!take || ASKING.has(verb.key))) cap('withdrawal_guessed');
  }
  return r;
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectFamilyBuying.words = T_FAMILY_BUYS;

/**
 * "laku kue 50rb, anak-anak beli jajan 20rb": her household (or children nobody's said) buying
 * in a clause after the first — neither her expense nor surely her sale. Words already taken
 * by a reading (hidden) do not count.
 */
const T_BUYS = trigger(BUY);
export function householdBuysInside(a: Analysis): boolean {
  if (!present(a, T_BUYS)) return false; // (true only at a buying verb)
  const { tokens } = a;
  if (forBusiness(tokens, 0)) return false;
  for (let start = 0; start < tokens.length; start++) {
    if (start > 0 && tokens[start - 1]?.type === T_WORD) continue;
    const subject: Token[] = [];
    for (let i = start; i < tokens.length && i < start + 6; i++) {
      const t = tokens[i] as Token;
      if (t.type !== T_WORD || a.marks[i] !== 0) break;
      if (BUY.has(t.key)) {
        const who = whoBuys(subject);
        if (who === 'own' || who === 'unclear') return true;
        break;
      }
      if (!FILLER.has(t.key)) subject.push(t);
    }
  }
  return false;
}
