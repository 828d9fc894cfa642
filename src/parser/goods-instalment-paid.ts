/**
 * Goods paid by instalments to a person: "bayar cicilan baju ke bu Ani 100rb", "cicilan gamis ke mbak
 * Rina 150rb", "nyicil kain ke pak Haji 300rb". She took the goods on credit from Bu Ani (a neighbour who
 * sells, a supplier known by name) and pays them off: her own debt for goods, never her business loan.
 *
 * WHY asked: a repayment is booked against the loan she keeps in the bot (the group's), and goods are
 * no loan. Whether this payment is an expense depends on what she did when she took the goods (recorded
 * then: no new expense) and whether they were for the business or the home: the expense is drafted and
 * asked (`debt_repaid`: "your own debt? if it was goods for the business, recorded as an expense").
 *
 * Only known shapes decide: the instalment word, one or two words of goods (no lender, period, "saya",
 * debt word or number among them), then "ke/kepada/sama" and a titled name. No goods named ("bayar
 * cicilan ke bu Ani 100rb", paid to the group's treasurer; "nyicil utang ke bu Ani", a debt) stays her
 * repayment; the home's goods ("cicilan kulkas ke bu Ani") are instalment-owner.ts's withdrawal, asked.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import { customerAt } from './intents/customer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { F_DURATION, F_PERIOD } from './word-roles.ts';

const INSTALMENT = new Set(['cicilan', 'cicilannya', 'angsuran', 'angsurannya', 'nyicil', 'nyicilin', 'cicil', 'mencicil', 'ngangsur',
  'angsur', 'kreditan']);
/** Toward the one paid ("sama" only after goods: "cicilan baju sama bu Ani" may be Bu Ani's — read elsewhere). */
const TO = new Set(['ke', 'kepada', 'kpd', 'ka', 'nang', 'ning', 'neng']);
/** Not goods: lenders, her own, debts, paying words. */
const NOT_GOODS = new Set(['koperasi', 'kop', 'bank', 'bri', 'bmt', 'bpr', 'kur', 'mekaar', 'pnm', 'ulamm', 'pinjaman', 'pinjol', 'leasing',
  'kelompok', 'arisan', 'iuran', 'simpanan', 'pegadaian', 'saya', 'aku', 'ku', 'kami', 'gue', 'gw', 'abdi', 'utang',
  'hutang', 'utangnya', 'hutangnya', 'bon', 'kasbon', 'modal', 'bayar', 'byr', 'ini', 'itu', 'tu', 'kemarin', 'kmrn', 'td', 'tadi', 'lalu',
  'pertama', 'kedua', 'ketiga', 'terakhir', 'lagi', 'dulu', 'dl', 'aja', 'saja', 'juga', 'udah', 'sudah', 'sdh']);
/** At most this many words of goods ("cicilan gamis batik ke bu Ani"). */
const GOODS_WORDS = 2;

const T_INSTALMENT = trigger(INSTALMENT);

/** Whether goods, then a word toward, then a titled name follow the instalment word at i. */
function goodsToPerson(a: Analysis, i: number): boolean {
  const { tokens } = a;
  let goods = 0;
  for (let j = i + 1; j < tokens.length && goods <= GOODS_WORDS; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD || a.numIn[j] !== -1 || a.marks[j] !== 0) return false;
    if (TO.has(t.key)) {
      const who = customerAt(a, j + 1);
      return goods > 0 && who !== null && who.titled;
    }
    if (NOT_GOODS.has(t.key) || INSTALMENT.has(t.key) || (t.f & (F_PERIOD | F_DURATION)) !== 0 || t.key.length < 3) return false;
    goods++;
  }
  return false;
}

/** A confident repayment of goods paid by instalments to a person: the expense, asked (see the file comment). */
export function guardGoodsInstalmentPaid(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'repayment' || r.confidence < CONFIDENT || r.amount === null || !present(a, T_INSTALMENT)) return r;
  const at = a.tokens.findIndex((t, i) => t.type === T_WORD && INSTALMENT.has(t.key) && goodsToPerson(a, i));
  if (at < 0) return r;
  // (Its day: the one written, or today; several days stay the repayment, asked.)
  const day = a.dates.length === 0 ? a.today : a.dates.length === 1 ? a.dates[0]?.date ?? null : null;
  if (day === null) return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'debt_repaid'] };
  const item = a.tokens.slice(at, a.tokens.findIndex((t, i) => i > at && TO.has(t.key))).map((t) => t.key).join(' ');
  return { intent: 'record', entries: [{ kind: 'expense', amount: r.amount, item, quantity: null, unit: null, unitPrice: null }], date: day,
    confidence: C_DOUBT, notes: [...(r.notes ?? []), 'debt_repaid'] };
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardGoodsInstalmentPaid.words = T_INSTALMENT;
