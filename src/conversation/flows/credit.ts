/**
 * Credit sales (piutang) and customers paying: "laku 3 kerudung @90rb, belum bayar Bu Tin"
 * records the sale (income that day) and what Bu Tin owes; "Bu Tin bayar 270rb" settles it
 * (money collected, not a new sale) — or, when she has an open order instead, pays that.
 * See src/modules/receivables/receivables.ts for the cash effect.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { recordEntries, type EntrySource } from '../../modules/ledger/ledger.service.ts';
import { usableEntries, type Entry, type NewEntry } from '../../modules/ledger/ledger.ts';
import { openOrdersFor, payOrders } from '../../modules/orders/orders.service.ts';
import { addReceivable, collect, openReceivablesFor, whoOwes } from '../../modules/receivables/receivables.service.ts';
import { openOrders } from '../../modules/orders/orders.service.ts';
import type { ParseResult } from '../../parser/types.ts';
import type { Handled, Session } from '../session.ts';
import { askBeforeRecording } from './books/pending-record.ts';

type RecordIntent = Extract<ParseResult, { intent: 'record' }>;
type PaymentIntent = Extract<ParseResult, { intent: 'payment_received' }>;

/** The chat's and the console's one rule (ledger.ts). */
export { usableEntries };

export interface CreditSale {
  entries: Entry[];
  customer: string;
  amount: number;
  /** Everything the customer owes her now, this sale included. */
  owed: number;
  /** One line per customer, in the order first written (a ledger of several customers has more than one). */
  debts: { customer: string; amount: number; owed: number }[];
}

/**
 * Who owes for each entry: one customer for every sale ("belum bayar Bu Tin"), or one per entry
 * in a ledger of several customers ("Kasbon: Bu Rini 20rb, Bu Ati 15rb": the parser names each);
 * null for a sale paid at once beside them ("bu Ana 40rb cash, bu Rini 35rb ngutang").
 */
export type Debtors = string | readonly (string | null)[];

/** The customer of each parsed entry: its own, else the record's one; nobody for a sale marked paid. */
export function debtorsOf(parsed: RecordIntent & { credit: { customer: string } }): Debtors {
  if (!parsed.entries.some((e) => e.customer !== undefined || e.paid === true)) return parsed.credit.customer;
  return parsed.entries.map((e) => (e.paid === true ? null : e.customer ?? parsed.credit.customer));
}

/** Records a sale on credit for `personId`: the entries, and a receivable for each sale under its customer. */
export async function recordCreditSale(
  db: Db,
  personId: number,
  entries: readonly NewEntry[],
  date: IsoDate,
  customer: Debtors,
  source: EntrySource,
): Promise<CreditSale> {
  const recorded = await recordEntries(db, personId, date, entries, source);
  // The rows come back in the order written (ids are taken in VALUES order): entry i is entries[i].
  const saved = [...recorded.entries].sort((x, y) => x.id - y.id);
  // (null: paid at once, nobody owes for it.)
  const whose = (i: number): string | null => (typeof customer === 'string' ? customer : customer[i] === undefined ? (customer[0] ?? '') : customer[i] ?? null);
  const amounts = new Map<string, number>();
  // One receivable per sale entry: each is tied to its entry, so voiding or correcting
  // the entry keeps what is owed right (modules/orders/entry-links.service.ts).
  for (let i = 0; i < saved.length; i++) {
    const sale = saved[i] as Entry;
    if (sale.kind !== 'sale') continue;
    const who = whose(i);
    if (who === null) continue;
    amounts.set(who, (amounts.get(who) ?? 0) + sale.amount);
    await addReceivable(db, personId, { customer: who, amount: sale.amount, ledgerEntryId: sale.id, date }, source.messageId);
  }
  const debts: CreditSale['debts'] = [];
  for (const [who, amount] of amounts) {
    const owed = (await openReceivablesFor(db, personId, who)).reduce((sum, r) => sum + r.amount - r.paid, 0);
    debts.push({ customer: who, amount, owed });
  }
  const first = debts[0] ?? { customer: whose(0) ?? '', amount: 0, owed: 0 };
  return { entries: recorded.entries, customer: first.customer, amount: first.amount, owed: first.owed, debts };
}

export async function onCreditSale(s: Session, parsed: RecordIntent & { credit: { customer: string } }, confident: boolean): Promise<Handled> {
  const entries = usableEntries(parsed.entries);
  if (!entries || !entries.some((e) => e.kind === 'sale')) {
    s.say(s.t.creditAskClearer);
    return s.done('credit:ask');
  }
  const debtors = debtorsOf(parsed);
  if (!confident) {
    // "kasbon Bu Tin 30rb", "Bu Yati ambil 30rb, bayarnya nanti": one short question,
    // recorded as a credit sale only on "ya".
    const customer = parsed.credit.customer;
    await askBeforeRecording(s, { entries, date: parsed.date, credit: debtors },
      s.t.askConfirmCredit({ entries, date: parsed.date, today: s.today, customer, debts: owedBy(entries, debtors) }));
    return s.done('credit:ask');
  }
  await recordCreditAndEcho(s, entries, parsed.date, debtors, s.msg.text);
  return s.done('credit');
}

/** What each customer would owe from these entries (several customers only; undefined for one). */
function owedBy(entries: readonly NewEntry[], debtors: Debtors): { customer: string; amount: number }[] | undefined {
  if (typeof debtors === 'string') return undefined;
  const amounts = new Map<string, number>();
  entries.forEach((e, i) => {
    const who = debtors[i];
    if (e.kind === 'sale' && who !== undefined && who !== null) amounts.set(who, (amounts.get(who) ?? 0) + e.amount);
  });
  return [...amounts].map(([customer, amount]) => ({ customer, amount }));
}

/** Records a credit sale from this message (or the "ya" to it) and says what she is owed. */
export async function recordCreditAndEcho(s: Session, entries: readonly NewEntry[], date: IsoDate, customer: Debtors, rawText: string): Promise<void> {
  const sale = await recordCreditSale(s.db, s.me.id, entries, date, customer, { messageId: s.inboundId, rawText });
  const debts = sale.debts.length > 1 ? sale.debts : undefined;
  s.say(s.t.creditRecorded({ customer: sale.customer, amount: sale.amount, owed: sale.owed, entries: sale.entries, date, today: s.today, debts }));
}

/**
 * A customer pays. With an open credit sale and no mention of an order, it settles the
 * credit; with only an open order (or "pesanan … lunas"), it pays the order (a sale).
 */
export async function onPaymentReceived(s: Session, parsed: PaymentIntent): Promise<Handled> {
  const receivables = await openReceivablesFor(s.db, s.me.id, parsed.customer, { lock: true });
  const orders = await openOrdersFor(s.db, s.me.id, parsed.customer, { lock: true });
  const useOrders = orders.length > 0 && (parsed.order || receivables.length === 0);
  const matched = useOrders ? orders : receivables;
  if (matched.length === 0) {
    s.say(s.t.nothingOpenFor(parsed.customer));
    return s.done('payment:none');
  }
  const customers = [...new Map(matched.map((m) => [m.customerKey, m.customer])).values()];
  if (customers.length > 1) {
    s.say(s.t.customerWhich(parsed.customer, customers));
    return s.done('payment:which');
  }
  const customer = customers[0]!;
  const amount = parsed.settled && parsed.amount === null ? null : parsed.amount;
  if (amount === null && !parsed.settled) {
    s.say(s.t.paymentAskAmount(customer));
    return s.done('payment:no-amount');
  }

  if (useOrders) {
    const paid = await payOrders(s.db, s.me.id, orders, amount, s.today, { messageId: s.inboundId, rawText: s.msg.text }, s.now());
    if (!paid.ok) {
      s.say(s.t.paymentTooMuch({ customer, paying: amount ?? 0, owed: paid.owed }));
      return s.done('payment:too-much');
    }
    s.say(s.t.orderPaymentRecorded({ customer, paid: paid.paid, orders: paid.orders, applied: paid.applied, today: s.today }));
    return s.done('payment:order');
  }
  const collected = await collect(s.db, receivables, amount, s.today, s.inboundId, s.now());
  if (!collected.ok) {
    s.say(s.t.paymentTooMuch({ customer, paying: amount ?? 0, owed: collected.owed }));
    return s.done('payment:too-much');
  }
  s.say(s.t.creditCollected({ customer, paid: collected.paid, owed: collected.owedAfter }));
  return s.done('payment:credit');
}

/** "/pesanan", "/piutang". */
export async function onListOpen(s: Session, what: 'orders' | 'receivables'): Promise<Handled> {
  if (what === 'orders') s.say(s.t.orderList(await openOrders(s.db, s.me.id), s.today));
  else s.say(s.t.receivableList({ ...(await whoOwes(s.db, s.me.id)), today: s.today }));
  return s.done(`list:${what}`);
}
