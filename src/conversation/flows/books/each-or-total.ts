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
 * asked: the bare amount is the total, as read.
 */
import type { NewEntry } from '../../../modules/ledger/ledger.ts';
import { knownPrice } from '../../../modules/prices/prices.service.ts';
import { itemKey } from '../../../modules/prices/prices.ts';
import { statesEachOrTotal } from '../../../parser/index.ts';
import type { Session } from '../../session.ts';

/** The line read each (count × price) and read as the total, when her known price is the amount written. */
export async function eachOrTotalReadings(s: Session, entries: readonly NewEntry[]): Promise<[NewEntry, NewEntry] | undefined> {
  if (entries.length !== 1) return undefined;
  const e = entries[0] as NewEntry;
  if (e.kind !== 'sale' || e.item === null || e.unitPrice !== null || e.quantity === null) return undefined;
  if (!Number.isInteger(e.quantity) || e.quantity < 2) return undefined;
  if (statesEachOrTotal(s.msg.text)) return undefined;
  const known = await knownPrice(s.db, s.me.id, e.item);
  if (!known || known.unitPrice !== e.amount) return undefined;
  // A price per kilo is no price of one "bungkus": only the same unit, or none, compares.
  if (known.unit !== null && e.unit !== null && itemKey(known.unit) !== itemKey(e.unit)) return undefined;
  const each: NewEntry = { ...e, amount: e.quantity * e.amount, unitPrice: e.amount, unit: e.unit ?? known.unit };
  return [each, e];
}
