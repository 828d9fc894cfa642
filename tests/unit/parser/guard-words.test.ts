/**
 * A guard's declared words (guard-lists.ts `words`) let applyGuards skip it: that is safe only if,
 * without those words, the guard returns its very input. This holds every declaration to it on
 * every table text (tests/fixtures/parser/*.jsonl), on the message and on its comma- and
 * line-separated parts (guards also run on parts read apart): wherever a guard's words are
 * absent, it is run anyway on the message's own reading and on readings of every shape a guard
 * looks at (each kind of entry, the notes that open a guard, a repayment, money received, an
 * unknown), and must return that reading itself. A guard changed so that some path no longer
 * needs its words fails here: widen its declaration (or drop it) beside the guard.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
// (The parser's modules load in its own order: a guard module first would see its imports unfilled.)
import { parseMessage } from '../../../src/parser/index.ts';
import { analyze, type Analysis } from '../../../src/parser/analyze.ts';
import * as lists from '../../../src/parser/guard-lists.ts';
import type { Guard } from '../../../src/parser/guard-lists.ts';
import { prepare } from '../../../src/parser/normalize.ts';
import { present, type Trigger } from '../../../src/parser/triggers.ts';
import { detectHowTo } from '../../../src/parser/intents/help.ts';
import { detectAgentFee } from '../../../src/parser/intents/agent-fee.ts';
import { detectFaceCount } from '../../../src/parser/intents/face-count.ts';
import { detectPassedThrough } from '../../../src/parser/intents/passed-through.ts';
import { detectPaymentReceived } from '../../../src/parser/intents/payment-received.ts';
import { detectDebtorMoneyIn, detectDebtorPaid } from '../../../src/parser/intents/debtor-paid.ts';
import { detectCustomerInstalment } from '../../../src/parser/intents/customer-instalment.ts';
import { detectTabMoneyIn } from '../../../src/parser/intents/tab-money-in.ts';
import { detectCollectedOrderPaid, detectGoodsOrderPaid } from '../../../src/parser/intents/goods-order-paid.ts';
import { othersPraised } from '../../../src/parser/other-owner.ts';
import { detectGivenCapital } from '../../../src/parser/intents/given-capital.ts';
import { detectKinLent } from '../../../src/parser/intents/kin-lent.ts';
import { detectSetorCapital } from '../../../src/parser/setor-capital.ts';
import { detectFamilyBuying } from '../../../src/parser/intents/family-buys.ts';
import { samePrice } from '../../../src/parser/same-price.ts';
import { withoutForeignLines } from '../../../src/parser/foreign-lines.ts';
import { collectedWork } from '../../../src/parser/collected.ts';
import { buyerBuys } from '../../../src/parser/buyer-buys.ts';
import { passiveSale, shopBuyerUnclear } from '../../../src/parser/passive-sale.ts';
import { customerPaysForWork } from '../../../src/parser/took-in-work.ts';
import { customerAdvance } from '../../../src/parser/order-money.ts';
import { onePieceOff } from '../../../src/parser/one-piece-off.ts';
import { finalPrice } from '../../../src/parser/final-price.ts';
import { discountAsides } from '../../../src/parser/discount-asides.ts';
import { readChange } from '../../../src/parser/change-given.ts';
import { tenderAfterTotal } from '../../../src/parser/tender-after-total.ts';
import { readPostage } from '../../../src/parser/postage.ts';
import { restatedEntry } from '../../../src/parser/restated-entry.ts';
import { spokenCorrection } from '../../../src/parser/spoken-correction.ts';
import { withoutReportTalk } from '../../../src/parser/talk-clause.ts';
import { bareThousands } from '../../../src/parser/bare-thousands.ts';
import { withoutTillRemark } from '../../../src/parser/till-remark.ts';
import { wordsTakenBack } from '../../../src/parser/self-correction.ts';
import { detectOutsideMoneyIn, capitalAside } from '../../../src/parser/intents/outside-money-in.ts';
import { withoutTalk } from '../../../src/parser/price-talk.ts';
import { totalSpentShape } from '../../../src/parser/total-spent.ts';
import { faceValueAn } from '../../../src/parser/face-value-an.ts';
import { soldFewOnly } from '../../../src/parser/sold-few.ts';
import { priceListSale } from '../../../src/parser/price-list-sale.ts';
import { inlineCorrection } from '../../../src/parser/inline-correction.ts';
import { statedPrices } from '../../../src/parser/stated-price.ts';
import { calledOffClauses } from '../../../src/parser/called-off-clause.ts';
import { setorKind } from '../../../src/parser/money-owner.ts';
import { givenPrice } from '../../../src/parser/given-price.ts';
import { promiseLines } from '../../../src/parser/promise-lines.ts';
import { costSell } from '../../../src/parser/cost-sell.ts';
import { familySeller } from '../../../src/parser/family-sellers.ts';
import { withoutPaidClause } from '../../../src/parser/paid-clause.ts';
import type { IsoDate } from '../../../src/core/dates.ts';
import type { EntryKind, ParsedEntry, ParseResult } from '../../../src/parser/types.ts';
import { repoRoot, TODAY } from './helpers.ts';

/** Every guard of every list, once. */
const guards: Guard[] = [...new Set(Object.values(lists).filter((v): v is Guard[] => Array.isArray(v)).flat())];
const declared = guards.filter((g) => g.words !== undefined);

/**
 * The readers their callers (index.ts readIntent and parseInner, intents/record.ts) call only when
 * their declared words are present: each must read nothing (null, or false) without them. (A
 * reader given a reader of its own gets one that reads nothing.) Keep in step with the
 * `present(a, detectX.words) ?` tests there.
 */
type Reader = ((a: Analysis, read: (view: Analysis) => ParseResult | null) => unknown) & { words: Trigger };
const readers: Reader[] = [detectHowTo, detectAgentFee, detectFaceCount, detectPassedThrough, detectPaymentReceived, detectDebtorPaid,
  detectDebtorMoneyIn, detectCustomerInstalment, detectTabMoneyIn, detectCollectedOrderPaid, othersPraised, detectGivenCapital, detectKinLent,
  detectSetorCapital, detectFamilyBuying, detectGoodsOrderPaid,
  // Before readIntent (index.ts parseInner, RESHAPES) and in the record reader (intents/record.ts).
  samePrice, withoutForeignLines, collectedWork, buyerBuys, passiveSale, customerPaysForWork, customerAdvance, onePieceOff, finalPrice, discountAsides, readChange, tenderAfterTotal, readPostage, restatedEntry, spokenCorrection, withoutReportTalk, bareThousands, withoutTillRemark, wordsTakenBack, detectOutsideMoneyIn, capitalAside, withoutTalk, totalSpentShape, faceValueAn, soldFewOnly, priceListSale,
  inlineCorrection, shopBuyerUnclear, statedPrices, calledOffClauses, setorKind, givenPrice, promiseLines, costSell, familySeller, withoutPaidClause];

/** Every table text with its day. */
function tableTexts(): { text: string; today: IsoDate }[] {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'parser');
  const out: { text: string; today: IsoDate }[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!line.trim() || line.trim().startsWith('//')) continue;
      let row: { text?: unknown; today?: unknown };
      try {
        row = JSON.parse(line) as typeof row;
      } catch {
        continue;
      }
      if (typeof row.text !== 'string') continue;
      out.push({ text: row.text, today: (typeof row.today === 'string' ? row.today : TODAY) as IsoDate });
    }
  }
  return out;
}

function entry(kind: EntryKind, amount: number, item: string | null = 'barang'): ParsedEntry {
  return { kind, amount, item, quantity: null, unit: null, unitPrice: null };
}

/** The message's own reading, and confident readings of every shape the guards look at. */
function readings(r: ParseResult, a: Analysis): ParseResult[] {
  const money = a.nums.map((n) => n.rupiah).filter((n): n is number => n !== null && n > 0);
  const amount = money[0] ?? 50_000;
  const second = money[1] ?? amount;
  const date = a.today;
  const record = (entries: ParsedEntry[], notes: string[] = [], confidence = 0.95): ParseResult =>
    ({ intent: 'record', entries, date, confidence, notes });
  const kinds: EntryKind[] = ['sale', 'expense', 'withdrawal', 'capital'];
  return [
    r,
    ...kinds.map((k) => record([entry(k, amount)])),
    ...kinds.map((k) => record([entry(k, amount)], [], 0.6)),
    record([entry('sale', amount)], ['kind_guessed'], 0.6),
    record([entry('sale', amount)], ['percentage'], 0.95),
    record([entry('withdrawal', amount)], ['withdrawal_guessed'], 0.6),
    record([entry('expense', amount, 'bank'), entry('expense', second)]),
    record([entry('sale', amount), entry('expense', second)]),
    record([entry('sale', amount), entry('sale', amount)]),
    record([{ ...entry('sale', amount * 2), quantity: 2, unit: 'set', unitPrice: amount }, entry('expense', second)]),
    { intent: 'repayment', amount, confidence: 0.95, notes: [] },
    { intent: 'repayment', amount: null, confidence: 0.95, notes: [] },
    { intent: 'payment_received', customer: 'Bu Ani', amount, settled: false, order: false, confidence: 0.95, notes: [] },
    { intent: 'unknown', confidence: 0.3, notes: [] },
  ];
}

/** The message's analysis and its comma- and line-separated parts' (each part once). */
function analyses(text: string, today: IsoDate): { said: string; a: Analysis }[] {
  const prep = prepare(text);
  const out = [{ said: prep.text, a: analyze(prep.text, today, prep.truncated) }];
  const parts = prep.text.split(/[,\n]/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length > 1) for (const p of new Set(parts)) out.push({ said: p, a: analyze(p, today, false) });
  return out;
}

describe('guard words (guard-lists.ts)', () => {
  it('declares words for most guards', () => {
    expect(declared.length).toBeGreaterThanOrEqual(30);
  });

  it('a guard whose declared words are absent returns its input itself, on every table text', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { text, today } of tableTexts()) {
      const r = parseMessage(text, { today });
      for (const { said, a } of analyses(text, today)) {
        const inputs = readings(r, a);
        for (const guard of declared) {
          if (present(a, guard.words as number)) continue;
          for (const input of inputs) {
            checked++;
            let out: ParseResult | string;
            try {
              out = guard(a, input);
            } catch (e) {
              out = `threw ${String(e)}`;
            }
            if (out !== input && wrong.length < 20) wrong.push(`${guard.name} on ${JSON.stringify(said)} (${input.intent}): ${JSON.stringify(out)}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100_000);
    expect(wrong).toEqual([]);
  }, 600_000);

  it('a reader skipped by its caller without its declared words reads nothing without them, on every table text', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const { text, today } of tableTexts()) {
      for (const { said, a } of analyses(text, today)) {
        for (const reader of readers) {
          if (present(a, reader.words)) continue;
          checked++;
          const out = reader(a, () => null);
          if (out !== null && out !== false && wrong.length < 20) wrong.push(`${reader.name} on ${JSON.stringify(said)}: ${JSON.stringify(out)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100_000);
    expect(wrong).toEqual([]);
  }, 600_000);
});
