/**
 * Goods given free carry no money: "bonus 1 botol gratis buat langganan", "ngasih 1 toples
 * gratis ke bu RT", "promo beli 2 gratis 1", "dapat gratis benang 1". Their counts are read (so
 * no number is left over and nothing is asked about them) and never become an entry or a line
 * without a price. A clause that also has money in it keeps its money; only the counts after
 * the free word are the free goods. (A free count out of the goods already counted, "30 biji
 * @3rb tp yg 5 dikasih gratis", changes what was paid: the count she says was paid is then
 * left unread, and the record is asked.)
 */
import { S_PLAIN } from './amount.ts';
import { E_FREE, E_NUM, E_VERB, R_MONEY, R_BAD, type El } from './entry-elements.ts';

/** "gratis", "bonus", "cuma-cuma" — not English "free", which is "car free day" and "free ongkir" here. */
function givesFree(e: El): boolean {
  return e.type === E_FREE && e.text !== 'free';
}

/** The segment's elements are a free-goods clause: a free word and no money. */
export function freeClause(els: readonly El[]): boolean {
  if (!els.some(givesFree)) return false;
  // ("beli 2 gratis 1": the 2 is a count too — a plain number under 100 is no money here.)
  return !els.some((e) => e.type === E_NUM && (e.role === R_MONEY || e.role === R_BAD) &&
    !(e.ex && e.ex.strength === S_PLAIN && e.ex.rupiah !== null && e.ex.rupiah < 100));
}

/**
 * A free word comes before element p with no money or verb between, and no money after it:
 * p counts free goods. ("car free day 14 biji @15rb": the count has its price, it was sold.)
 */
export function freeBefore(els: readonly El[], p: number): boolean {
  for (let k = p + 1; k < els.length; k++) {
    const e = els[k] as El;
    if (e.type === E_NUM && (e.role === R_MONEY || e.role === R_BAD)) return false;
  }
  for (let k = p - 1; k >= 0; k--) {
    const e = els[k] as El;
    if (givesFree(e)) return true;
    if (e.type === E_NUM || e.type === E_VERB) return false;
  }
  return false;
}
