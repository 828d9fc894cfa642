/**
 * "laku 5 bros 15rb" when Rp15.000 is her own price for one bros (her last sale of it, or her
 * group's price): the parser reads a bare amount after a count as the total (it knows no
 * prices), but the figure she wrote is the price of one as likely — five brooches for the
 * price of one is no sale she makes. So instead of recording Rp15.000 the bot asks "each or
 * in total?", with both readings as answers (detail-question.ts, `each_or_total`).
 *
 * Asked only when the message says neither ("@", "x", "per", "harga", "total", "semua"… :
 * parser `statesEachOrTotal`), for one sale line of two or more pieces with goods named
 * and no price each. When the amount is count × her price ("laku 5 bros 75rb") nothing is
 * asked: the bare amount is the total, as read. The parser's own doubt of the same kind (a
 * total too cheap for the goods: `cheap_each`, "laku 15 bros 12rb") is asked the same way,
 * with both readings, rather than as a yes/no about one of them (record.ts).
 */
import type { NewEntry } from '../../../modules/ledger/ledger.ts';
import { knownPrice } from '../../../modules/prices/prices.service.ts';
import { itemKey } from '../../../modules/prices/prices.ts';
import { statesEachOrTotal } from '../../../parser/index.ts';
import type { Session } from '../../session.ts';

/** One counted line read each (count × the amount) and as written (the total), or undefined. */
export function bothReadings(entries: readonly NewEntry[]): [NewEntry, NewEntry] | undefined {
  if (entries.length !== 1) return undefined;
  const e = entries[0] as NewEntry;
  if (e.unitPrice !== null || e.quantity === null || !Number.isInteger(e.quantity) || e.quantity < 2) return undefined;
  const amount = e.quantity * e.amount;
  if (!Number.isSafeInteger(amount)) return undefined;
  return [{ ...e, amount, unitPrice: e.amount }, e];
}

/** The two readings when her known price of one is the amount written on a confident sale line. */
export async function eachOrTotalReadings(s: Session, entries: readonly NewEntry[]): Promise<[NewEntry, NewEntry] | undefined> {
  const both = bothReadings(entries);
  const e = entries[0];
  if (!both || !e || e.kind !== 'sale' || e.item === null || statesEachOrTotal(s.msg.text)) return undefined;
  const known = await knownPrice(s.db, s.me.id, e.item);
  if (!known || known.unitPrice !== e.amount) return undefined;
  // A price per kilo is no price of one "bungkus": only the same unit, or none, compares.
  if (known.unit !== null && e.unit !== null && itemKey(known.unit) !== itemKey(e.unit)) return undefined;
  return [{ ...both[0], unit: e.unit ?? known.unit }, both[1]];
}
