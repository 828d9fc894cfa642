/**
 * A record's last check before it is trusted: whose money moved. Money from her family,
 * savings, arisan, dues and aid are never a sale or an expense (money-owner.ts reads the
 * words); this decides what the record becomes — capital, a question, or nothing recorded
 * with a note the conversation answers in one line.
 */
import type { Analysis } from '../analyze.ts';
import { C_DOUBT, C_PARTIAL, C_PLAIN_LARGE, type Confidence } from '../confidence.ts';
import type { EntryOut } from '../entry-drafts.ts';
import { T_WORD, type Token } from '../lexer.ts';
import { familyItem, familyMoney, kinSendsSale, inPurpose, mentionsGift, mentionsNotBusiness, namesOnlyMoneyPutIn, notBusinessAt, ownMoneyForBusiness, savingsIntoBusiness, withdrawsSavings } from '../money-owner.ts';
import type { ParsedEntry, ParseResult } from '../types.ts';
import { moneyDirection } from '../money-direction.ts';
import { dutyFromBusinessAt } from '../household-use.ts';
import { F_EXPENSE, F_SALE, F_WEAK } from '../word-roles.ts';

/** Guesses about the kind that the giver and the purpose settle ("pakai tabungan 500rb buat modal" is no withdrawal). */
const GUESSES = new Set(['kind_guessed', 'withdrawal_guessed']);

const HOUSEKEEPING = new Set(['belanja', 'belanjaan', 'blanja', 'belanjanya']);

/** A result that records nothing and says why (the conversation turns the note into one line). */
export function notRecorded(note: string, level = C_PARTIAL): ParseResult {
  return { intent: 'unknown', confidence: level, notes: [note] };
}

/** "laku 20 kue pesanan arisan 100rb": a sale of counted goods, whoever the buyer is. */
function countedSale(entries: readonly ParsedEntry[], a: Analysis): boolean {
  if (!entries.some((e) => e.kind === 'sale' && e.quantity !== null)) return false;
  return a.tokens.some((t) => t.type === T_WORD && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0);
}

/** "uang belanja": the housekeeping word at `i` follows "uang"/"duit" (a module function: see unknown-hints.ts's `has`). */
function housekeepingAt(tokens: readonly Token[], i: number): boolean {
  return HOUSEKEEPING.has((tokens[i] as Token).key) && (tokens[i - 1]?.key === 'uang' || tokens[i - 1]?.key === 'duit');
}

/**
 * Checks `entries` (read from `read`) for money that is not the business's: returns the
 * result to give instead (nothing recorded), or null after turning gifts for the business
 * into capital and capping `c` where it is only a doubt.
 */
export function judgeOwner(a: Analysis, read: readonly EntryOut[], entries: ParsedEntry[], c: Confidence): ParseResult | null {
  // Money from her family ("dikasih anak 200rb", "kiriman dari anak"): not turnover. Capital
  // when she says it is for the business ("dikasih suami 1jt buat modal"), else not recorded.
  // ("buat modal" reads as the weak expense verb "modal"; a strong one, "beli", is her spending.)
  // ("uang belanja dari suami 500rb" is housekeeping money, not a purchase: no expense verb.)
  // ("transferan suami 1jt buat belanja dapur": a spending verb after "buat" only names the purpose.)
  let housekeeping = false;
  let strongExpense = false;
  let purposeOnly = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || (t.f & F_EXPENSE) === 0 || (t.f & F_WEAK) !== 0) continue;
    if (housekeepingAt(a.tokens, i)) housekeeping = true;
    else if (inPurpose(a.tokens, i)) purposeOnly = true;
    else strongExpense = true;
  }
  const allSales = entries.every((e) => e.kind === 'sale');
  let family = entries.length > 0 && entries.every((e) => e.kind === 'sale' || (e.kind === 'expense' && !strongExpense))
    ? familyMoney(a) : null;
  if (family === 'personal' && !allSales && !housekeeping && !(purposeOnly && !strongExpense)) family = null;
  if (family === 'personal') return notRecorded('personal_money');
  // "masukin uang pribadi 250rb ke usaha", "dapat 300rb buat modal": her money into the business.
  // "pakai tabungan 500rb buat modal", "pecah celengan 200rb buat modal": savings into the
  // business; "… buat beli dagangan" is capital spent at once on stock: asked.
  // ("ambil duit warung 50rb buat arisan": "duit warung" is the purse it came from, not the
  // business the arisan money went into: money-direction.ts.)
  const savings = family === null && entries.length > 0 ? savingsIntoBusiness(a, moneyDirection(a).purse) : null;
  if (savings !== null) family = 'capital';
  if (family === null && entries.length > 0 && !strongExpense && entries.every((e) => e.kind !== 'expense' || e.item === null ||
    !e.item.includes(' ') || namesOnlyMoneyPutIn(e.item)) && ownMoneyForBusiness(a)) family = 'capital';
  if (family === 'capital') {
    // "pakai tabungan 1jt buat modal terus beli kain 500rb": the savings line is capital, a
    // purchase line of its own stays her expense.
    const ownLines = savings !== null && entries.length > 1;
    let keptExpense = false;
    for (const e of entries) {
      // (A purchase after the savings went in, "…, terus kulakan 400rb", names no goods but is one.)
      if (ownLines && e.kind === 'expense' && (e.item === null ? savings === 'stock' : !namesOnlyMoneyPutIn(e.item))) {
        keptExpense = true;
        continue;
      }
      e.kind = 'capital';
      e.quantity = null;
      e.unit = null;
      e.unitPrice = null;
    }
    // The giver and the purpose say what it is: no longer a guess, when nothing else was doubted.
    if (read.every((e) => e.notes.every((n) => GUESSES.has(n)))) {
      for (const g of GUESSES) {
        const k = c.notes.indexOf(g);
        if (k >= 0) c.notes.splice(k, 1);
      }
      c.value = Math.min(...read.map((e) => (e.notes.length > 0 ? C_PLAIN_LARGE : e.confidence)));
    }
    // Spent at once on stock, with no purchase line of its own: capital, or the purchase? Asked.
    if (savings === 'stock' && !keptExpense) c.cap(C_DOUBT, 'savings_for_stock');
  }
  // Savings, arisan, dues, aid ("bayar arisan 100rb", "iuran 10rb", "dapat BLT 600rb"). A
  // counted sale to such a buyer ("laku 20 kue pesanan arisan 100rb") is only asked.
  if (savings === null && entries.some((e) => e.kind === 'sale' || e.kind === 'expense') && mentionsNotBusiness(a) &&
    !dutiesWithdrawn(a, entries)) {
    if (!countedSale(entries, a)) return notRecorded('not_business_money');
    c.cap(C_DOUBT, 'not_business_money');
  }
  // "narik arisan 1jt": the arisan pot (or savings) taken out, not business money taken home.
  if (entries.some((e) => e.kind === 'withdrawal') && withdrawsSavings(a)) return notRecorded('not_business_money');
  // "dapat kiriman 1jt", "dikasih 500rb": given by whom? Not a sale unasked.
  if (family === null && entries.some((e) => e.kind === 'sale') && mentionsGift(a)) c.cap(C_DOUBT, 'gift_unclear');
  // "dapat 300rb dari jualan, 100rb dari anak": one line is her family's money.
  if (family === null && entries.some((e) => e.kind === 'sale' && e.quantity === null && familyItem(e.item))) {
    c.cap(C_DOUBT, 'personal_money');
  }
  // "laku 300rb, kakak transfer 1jt": the kin's money was read as a second sale: asked.
  if (family === null && kinSendsSale(a, entries)) c.cap(C_DOUBT, 'personal_money');
  return null;
}

/**
 * "laku 200rb, bayar arisan 50rb pake uang warung": every arisan, dues or gift word is paid out of the
 * business's money named beside it, read as a withdrawal (household-use.ts) — the home's, not savings
 * of her own money that would make the whole message no record.
 */
function dutiesWithdrawn(a: Analysis, entries: readonly ParsedEntry[]): boolean {
  if (!entries.some((e) => e.kind === 'withdrawal')) return false;
  for (let i = 0; i < a.tokens.length; i++) if (notBusinessAt(a.tokens, i) && !dutyFromBusinessAt(a.tokens, i)) return false;
  return true;
}
