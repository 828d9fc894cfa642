/**
 * "laku 12 bros @15rb", "beli benang 50rb": records what she wrote and echoes the day's
 * totals; asks first when the parser is unsure, or when a line has no price and her
 * remembered price would fill it ("laku 5 bros"), or when the amount of a counted line is
 * her price of one ("laku 5 bros 15rb": each or in total?).
 */
import type { IsoDate } from '../../../core/dates.ts';
import { recordEntries, usualKindOfItems } from '../../../modules/ledger/ledger.service.ts';
import { asNew, isRecordableAmount, type NewEntry } from '../../../modules/ledger/ledger.ts';
import { priceUnpricedSales } from '../../../modules/prices/prices.service.ts';
import type { UnpricedSale } from '../../../modules/prices/prices.ts';
import type { MoneyKind } from '../../../modules/ledger/usual-kind.ts';
import type { ParsedEntry, UnresolvedEntry } from '../../../parser/types.ts';
import type { Handled, Session } from '../../session.ts';
import { DOUBT_NOTES, isDetailNote, isDoubtNote, isNotRecordedNote } from '../../replies/catalogue.ts';
import { askDetail, detailFor } from './detail-question.ts';
import { askKind } from './kind-question.ts';
import { bothReadings, eachOrTotalReadings } from './each-or-total.ts';
import { askBeforeRecording } from './pending-record.ts';

export async function onRecord(
  s: Session,
  entries: ParsedEntry[],
  date: IsoDate,
  confident: boolean,
  unresolved: readonly UnresolvedEntry[] = [],
  notes: readonly string[] = [],
): Promise<Handled> {
  // A line of money that is not the business's was left out ("…, dikasih anak 50rb"): said
  // after the answer, in the catalogue's one line.
  const leftOut = notes.includes('left_out') ? notes.find(isNotRecordedNote) : undefined;
  const done = (label: string): Handled => {
    if (leftOut) s.say(s.t.moneyNotRecorded[leftOut]);
    return s.done(label);
  };
  const valid = entries.every(isRecordableAmount);
  // A line without a price ("laku 5 bros"): her remembered price, asked once.
  if (valid && unresolved.some((u) => u.reason === 'no_amount')) {
    const priced = await priceFromMemory(s, unresolved);
    if (priced && 'entries' in priced) {
      const all = [...entries.map(asNew), ...priced.entries];
      const { first } = priced;
      const pricedItem = all.find((e) => e.unitPrice === first.unitPrice)?.item ?? null;
      await askBeforeRecording(s, { entries: all, date, pricedItem }, s.t.askPriced({ entries: all, date, today: s.today, source: first.source, group: first.group }));
      return done('record:ask-price');
    }
    // One line of goods, nothing else, no price known: "Berapa uangnya untuk 2 kerudung?",
    // and her "50rb" completes it.
    const line = unresolved[0];
    if (entries.length === 0 && unresolved.length === 1 && line && line.kind !== null && (line.item !== null || line.quantity !== null)) {
      const unpriced: NewEntry = { kind: line.kind, amount: 0, item: line.item, quantity: line.quantity, unit: line.unit, unitPrice: null };
      const handled = await askDetail(s, 'no_amount', [unpriced], date);
      return leftOut ? s.appendToReply(handled, s.t.moneyNotRecorded[leftOut]) : handled;
    }
    s.say(s.t.askAmountFor(priced?.missing ?? unresolved[0]?.item ?? null));
    return done('record:no-amount');
  }
  if (entries.length === 0 || !valid) {
    s.say(s.t.askAmountFor(unresolved[0]?.item ?? entries.find((e) => !isRecordableAmount(e))?.item ?? null));
    return done('record:no-amount');
  }
  let newEntries = entries.map(asNew);
  let asUsual: MoneyKind | null = null;
  if (!confident && notes.length === 1 && notes[0] === 'kind_guessed') {
    // "bros 15rb": only the kind is unknown. Her books may know it (an item she always sells,
    // or always buys: usual-kind.ts), and it is recorded as that kind, saying so; else
    // "Jualan atau belanja?", and the answer records it. One line only: in "bros 15rb, beli
    // benang 20rb" the parser's guess is the message's, not a line's, and the line with its
    // own verb must keep its kind (and "salah, itu belanja bukan jualan" corrects one entry).
    if (newEntries.length === 1) asUsual = await usualKindOfItems(s.db, s.me.id, newEntries, s.today);
    if (asUsual === null) return askKind(s, newEntries, date);
    const kind = asUsual;
    newEntries = newEntries.map((e) => ({ ...e, kind }));
  } else if (!confident) {
    // Never record a guess silently: ask, and remember the guess until she answers. The
    // question names what is in doubt: one value she can answer (a day, the goods, a price)
    // when that is the only doubt, else the first doubt's own line before the guess.
    const doubts = notes.filter((n) => isDetailNote(n) || isDoubtNote(n));
    // "laku 15 bros 12rb": each or in total? Both readings are offered (each-or-total.ts).
    const both = doubts.length === 1 && doubts[0] === 'cheap_each' ? bothReadings(newEntries) : undefined;
    if (both) {
      const handled = await askDetail(s, 'each_or_total', both, date);
      return leftOut ? s.appendToReply(handled, s.t.moneyNotRecorded[leftOut]) : handled;
    }
    const detail = detailFor(doubts, newEntries);
    if (detail) {
      const handled = await askDetail(s, detail, newEntries, date);
      return leftOut ? s.appendToReply(handled, s.t.moneyNotRecorded[leftOut]) : handled;
    }
    const doubt = DOUBT_NOTES.find((n) => notes.includes(n));
    const args = { entries: newEntries, date, today: s.today };
    const question = doubt ? s.t.askDoubt(doubt, { ...args, name: s.me.name }) : s.t.askConfirm(args);
    await askBeforeRecording(s, { entries: newEntries, date }, question);
    return done(doubt ? `record:ask-${doubt}` : 'record:ask');
  }
  // "laku 5 bros 15rb" and Rp15.000 is her price of one bros: each or in total? (each-or-total.ts)
  const readings = await eachOrTotalReadings(s, newEntries);
  if (readings) {
    const handled = await askDetail(s, 'each_or_total', readings, date);
    return leftOut ? s.appendToReply(handled, s.t.moneyNotRecorded[leftOut]) : handled;
  }
  await recordAndEcho(s, newEntries, date, s.msg.text);
  if (asUsual !== null) {
    s.say(s.t.recordedAsUsual(asUsual));
    return done(`record:usual-${asUsual}`);
  }
  return done('record');
}

/** Records the entries from this message and says what was recorded, with the day's totals. */
export async function recordAndEcho(s: Session, entries: NewEntry[], date: IsoDate, rawText: string): Promise<void> {
  const recorded = await recordEntries(s.db, s.me.id, date, entries, { messageId: s.inboundId, rawText });
  // A message of several days: each entry was stored on its own day, and is shown on it
  // (one day's totals would say nothing of the others').
  if (entries.some((e) => e.date !== undefined)) s.say(s.t.recordedDays({ entries: recorded.entries, today: s.today }));
  else s.say(s.t.recorded({ entries: recorded.entries, date, today: s.today, totals: recorded.totals }));
}

/**
 * The lines without a price, priced from her own last sale of each item or her groups'
 * price list — when each is a sale with an item and a quantity. `missing` names the first
 * item with no known price; undefined when some line cannot be priced that way.
 */
async function priceFromMemory(s: Session, unresolved: readonly UnresolvedEntry[]) {
  // Lines are taken in order, up to the first that is not a plain unpriced sale.
  const lines: UnpricedSale[] = [];
  for (const u of unresolved) {
    if (u.reason !== 'no_amount' || u.kind !== 'sale' || !u.item || !(u.quantity !== null && u.quantity > 0)) break;
    lines.push({ item: u.item, quantity: u.quantity, unit: u.unit });
  }
  if (lines.length === 0) return undefined;
  const priced = await priceUnpricedSales(s.db, s.me.id, lines);
  if ('missing' in priced || lines.length === unresolved.length) return priced;
  return undefined;
}
