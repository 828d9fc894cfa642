/**
 * Whose instalment it is. "cicilan" alone is her business loan's instalment (a repayment: "bayar
 * cicilan 500rb", "angsuran mekaar 200rb", "setor ke koperasi cicilan"). Two kinds of instalment
 * are not, and the instalment word must not make them one:
 *
 * - Her home's goods bought on credit: "cicilan motor 650rb kebayar pake duit jualan dulu",
 *   "angsuran kulkas 300rb", "arisan panci 50rb". Paid out of the business's purse it is money
 *   taken home (a withdrawal); with no purse said it is asked ('personal_instalment'), never her
 *   loan's repayment unasked. A lender named ("cicilan motor dari leasing", "angsuran bank") keeps
 *   the loan's reading: that loan may be the one she keeps in the bot.
 * - Her supplier paid for stock by instalments or settling its tab ("bayar ke supplier jilbab, cicilan ke-2
 *   750rb"): read in supplier-tab.ts, the expense asked.
 *
 * Only known words decide: the goods word right after the instalment word.
 */
import type { Analysis } from './analyze.ts';
import { S_GROUPED, S_MONEY, S_PLAIN } from './amount.ts';
import { C_CLEAR, C_DOUBT, C_GROUPED, C_MARKED } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import { moneyDirection } from './money-direction.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';

const INSTALMENT = new Set(['cicilan', 'cicilannya', 'angsuran', 'angsurannya', 'kreditan', 'kreditannya', 'nyicil', 'cicil', 'dicicil',
  'mencicil', 'angsur', 'ngangsur', 'kredit', 'nyicilin', 'arisan']);
/** Goods of a home bought on credit (never a trade's tools: "mesin jahit", "etalase", "gerobak" stay out). */
const HOME_GOODS = new Set(['motor', 'montor', 'motornya', 'hp', 'handphone', 'henpon', 'hape', 'kulkas', 'kulkasnya', 'rumah', 'rmh',
  'kpr', 'panci', 'tv', 'televisi', 'lemari', 'kasur', 'springbed', 'sofa', 'sepeda', 'magicom', 'ac', 'emas']);
/** "arisan barang", "arisan panci": an arisan paid in goods for the home (plain "arisan" is her dues). */
const ARISAN_GOODS = new Set(['barang', 'panci', 'perabot', 'perabotan', 'piring', 'gelas', 'emas', 'kulkas', 'tv', 'kasur', 'sprei', 'seprei']);
/** A lender named: the loan may be the one she keeps in the bot (its repayment stands). */
const LENDER = new Set(['leasing', 'bank', 'koperasi', 'kop', 'mekaar', 'pnm', 'kur', 'bri', 'bpr', 'bmt', 'pinjol', 'finance', 'ulamm',
  'dealer', 'adira', 'fif', 'pegadaian', 'kredivo', 'akulaku', 'paylater', 'spaylater', 'pinjaman']);
const T_INSTALMENT = trigger(INSTALMENT);

function word(a: Analysis, i: number): Token | undefined {
  const t = a.tokens[i];
  return t !== undefined && t.type === T_WORD ? t : undefined;
}

/** The one written amount with its confidence, or null. */
function oneAmount(a: Analysis): { rupiah: number; confidence: number } | null {
  let found: { rupiah: number; confidence: number } | null = null;
  for (const ex of a.nums) {
    if (ex.rupiah === null) continue;
    if (ex.strength === S_PLAIN || ex.ambiguous || ex.approx || found !== null) return null;
    found = { rupiah: ex.rupiah, confidence: ex.strength === S_MONEY ? C_CLEAR : ex.strength === S_GROUPED ? C_GROUPED : C_MARKED };
  }
  return found;
}

/** The home's goods the instalment is for ("cicilan motor", "angsuran hp", "arisan panci"), as the item, or null. */
function homeGoods(a: Analysis): string | null {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = word(a, i);
    if (t === undefined || !INSTALMENT.has(t.key)) continue;
    const n = word(a, i + 1);
    // "arisan" is an instalment only for goods ("arisan panci", "arisan barang"): "arisan" alone is her dues.
    if (n === undefined || !(t.key === 'arisan' ? ARISAN_GOODS : HOME_GOODS).has(n.key)) continue;
    return `${t.key} ${n.key}`;
  }
  return null;
}

function ask(r: ParseResult, note: string): ParseResult {
  const notes = [...(r.notes ?? [])];
  if (!notes.includes(note)) notes.push(note);
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes } as ParseResult;
}

/**
 * The home's goods paid by instalment: out of the business's purse, money taken home; with no
 * purse said, the withdrawal is the guess, asked ("Uang ini diambil untuk keperluan rumah?").
 */
function homeInstalment(a: Analysis, r: ParseResult, goods: string): ParseResult {
  const amount = oneAmount(a);
  // (Its day: the record's, or the one day written — "kemarin bayar cicilan motor 600rb"; several or none real, asked.)
  const day = r.intent === 'record' ? r.date : a.dates.length === 0 ? a.today : a.dates.length === 1 ? a.dates[0]?.date ?? null : null;
  if (amount === null || day === null) return ask(r, 'personal_instalment');
  const taken: ParseResult = { intent: 'record', entries: [{ kind: 'withdrawal', amount: amount.rupiah, item: goods, quantity: null, unit: null,
    unitPrice: null }], date: day, confidence: Math.min(r.confidence, amount.confidence) };
  return moneyDirection(a).from === 'business' ? taken : ask(taken, 'withdrawal_guessed');
}

/**
 * The instalment read again by whose it is (see the head of this file); `r` as it was otherwise.
 * Only a confident repayment or a confident expense is read again.
 */
export function guardInstalmentOwner(a: Analysis, r: ParseResult): ParseResult {
  if (!present(a, T_INSTALMENT) || a.question) return r;
  if (a.tokens.some((t) => t.type === T_WORD && LENDER.has(t.key))) return r;
  if (r.intent === 'repayment' && r.confidence >= CONFIDENT) {
    const goods = homeGoods(a);
    if (goods !== null) return homeInstalment(a, r, goods);
    return r;
  }
  // "bayar kreditan kulkas 300rb" read as the business's expense: the home's goods, as above.
  const goods = r.intent === 'record' && r.confidence >= CONFIDENT && r.entries.length === 1 && r.entries[0]?.kind === 'expense' ? homeGoods(a) : null;
  if (goods !== null) return homeInstalment(a, r, goods);
  return r;
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardInstalmentOwner.words = T_INSTALMENT;
