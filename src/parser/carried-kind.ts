/**
 * A clause with no verb the parser knows takes the kind of the clause before it ("laku 5
 * bros @15rb, 3 kalung @20rb": both sales). That inheritance is only safe when the clause
 * is more of the same goods. A clause that says the goods were bought to MAKE or SELL
 * something ("…, tukar telur gasan ulah kue 56rb", "…, telur buat bikin kue 30rb",
 * "…, minyak buat masak 25rb") has its own verb — one the lexicon may not know ("tukar" is
 * Banjar for buy) — and a purpose that only a purchase has: the inherited sale would record
 * her shopping as takings. Such a clause is read as the purchase it describes and asked
 * (note `kind_carried`), never recorded unasked.
 *
 * "laku 10 nasi box @15rb, 5 box buat katering 75rb" is not such a clause: a customer (a
 * catering, an arisan) is who a sale is for. Only words of making, cooking and selling on
 * count (below), and only right after the purpose word.
 *
 * A clause that only opens with an unknown word before goods she buys ("…, tukar telur
 * 56rb") is NOT asked on that ground: "bros mutiara 6 @18rb", "nasi telur 5 @12rb" have the
 * same shape and are goods she sells. The unknown verb itself must be taught to the lexicon.
 */
import type { Analysis } from './analyze.ts';
import { englishIngredient, inputKind, tradeOnlyInput } from './business-inputs.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { Segment } from './lines.ts';
import { gearForSelling } from './goods-for-selling.ts';
import { F_DATE, F_EXPENSE, F_FILLER, F_NEG, F_SALE, G_HOUSEHOLD } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { BUSINESS } from './list-household.ts';

/** "buat", "untuk" (and the regional forms lexicon.ts folds into "untuk": gasan, kanggo, keur…). */
const PURPOSE = new Set(['buat', 'bwt', 'untuk', 'utk', 'untk']);
/**
 * What a purchase is for in her trade: making, cooking, producing, selling on. Indonesian
 * bikin/masak/olah, Javanese gawe/nggawe/damel, Sundanese nyieun, Banjar ulah/maulah, Minang
 * mambuek; "buat jualan", "untuk dijual", "buat stok", "buat adonan".
 */
const MAKING = new Set(['bikin', 'bikinin', 'membuat', 'masak', 'memasak', 'masakan', 'olah', 'ngolah', 'mengolah', 'produksi',
  'gawe', 'nggawe', 'damel', 'nyieun', 'ulah', 'maulah', 'mambuek', 'adonan', 'jualan', 'dijual', 'dagangan', 'stok', 'stock',
  'kulakan', 'bahan', 'bajual', 'bajualan', 'jualin', 'dijualin',
  // cooking her goods: "…, minyak buat goreng 25rb", "…, daun buat kukus 5rb"
  'goreng', 'nggoreng', 'menggoreng', 'kukus', 'ngukus', 'mengukus', 'panggang', 'manggang']);

/**
 * Whether a clause with no sale or expense verb of its own (outside its purpose) names a
 * purpose of making or selling on ("tukar telur gasan ulah kue 56rb", "telur buat bikin kue").
 */
export function purposeOfMaking(a: Analysis, seg: Segment): boolean {
  let found = -1;
  for (let i = seg.start; i < seg.end - 1 && found < 0; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || !(PURPOSE.has(t.key) || PURPOSE.has(t.text))) continue;
    const next = a.tokens[i + 1] as Token;
    if (next.type === T_WORD && (MAKING.has(next.key) || MAKING.has(next.text))) found = i;
  }
  if (found < 0) return false;
  // A verb of its own ("beli telur buat bikin kue") names the kind already.
  for (let i = seg.start; i < seg.end; i++) {
    if (i === found || i === found + 1) continue;
    if (((a.tokens[i] as Token).f & (F_SALE | F_EXPENSE)) !== 0) return false;
  }
  return true;
}


const STOCK_OPENING = /^(stok|stock|setok)\b/;

/** "…, stok bros 20 @8rb": a clause that opens with "stok" and goods (not "stok akhir") takes stock in. */
export function stockTakenIn(a: Analysis, seg: Segment): boolean {
  let item = '';
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if (((t.f & (F_SALE | F_EXPENSE)) !== 0)) return false;
    if (t.type === T_WORD && a.numIn[i] === -1) {
      // The item must open on the stock word: a clause whose first word is another ends here,
      // before its words are joined into a string and split again (this runs on every clause
      // after a sale's).
      if (item === '' && !STOCK_OPENING.test(t.text)) return false;
      item += `${item === '' ? '' : ' '}${t.text}`;
    } else if (item !== '') break;
  }
  return item.split(' ').length >= 2 && STOCK_OPENING.test(item) && inputKind(item) === 'input';
}

/**
 * Who she buys stock from: money sent to them is a purchase ("transfer ke supplier 130rb buat
 * barangnya"), never the sale of the clause before. ("grosir" is left out: "jual grosir" sells.)
 */
const SUPPLIERS = new Set(['supplier', 'suplier', 'suplayer', 'supplayer', 'pemasok', 'distributor', 'kulakan', 'kulak', 'ngulak']);
const T_SUPPLIER = trigger(SUPPLIERS);

/**
 * What a verb-less clause after a sale bought, by its words: 'supplier' (money to whoever
 * supplies her stock: an expense, confident), 'input' (a farm input or a repair of her tool,
 * tradeOnlyInput: an expense, confident), 'goods' (its goods are an input or ingredient of
 * her trade, "…, minyak goreng 2 liter 36rb", "…, kardus 10 pcs 20rb": an expense, asked — a
 * warung may sell them), or null when the carried sale may stand.
 *
 * WHY: "cireng laku 60 biji @2rb. minyak goreng 2 liter 36rb" has no verb in its second clause,
 * so it took "laku" from the first and recorded her cooking oil as takings. The carried kind is
 * only a guess; a cost noun is evidence, and evidence beats the guess.
 */
export function costCarried(a: Analysis, seg: Segment, items: readonly { item: string | null; quantity: number | null; unit: string | null }[], before: string | null): 'supplier' | 'input' | 'goods' | null {
  // (A sale word negated after the clause's money — "…, pakan 390rb. listrik blm dibayar" — is another
  // thought's, a bill not paid: it says nothing of these goods.)
  let last = seg.end - 1;
  while (last > seg.start && a.numIn[last] === -1) last--;
  for (let i = seg.start; i < seg.end; i++) {
    if (((a.tokens[i] as Token).f & F_SALE) === 0) continue;
    if (i > last && last > seg.start && ((a.tokens[i - 1] as Token).f & F_NEG) !== 0) continue;
    return null;
  }
  if (present(a, T_SUPPLIER)) {
    for (let i = seg.start; i < seg.end; i++) {
      const t = a.tokens[i] as Token;
      if (t.type === T_WORD && (SUPPLIERS.has(t.key) || SUPPLIERS.has(t.text))) return 'supplier';
    }
  }
  // ("jual tepung 1kg 12rb, gula 1kg 15rb": a warung selling such goods sells the next ones too.)
  if (costGoods(before)) return null;
  // ("jual kopi bubuk 3 ons 36rb + gula aren 2 biji 16rb": goods counted by the piece, added with
  // "+" to goods she named as sold, are more of the sale — the sign adds to the list, it names no
  // purchase. By weight or volume, "… + tepung 2kg 24rb", they may be her ingredient: asked below.)
  if (before !== null && before !== '' && addedWithPlus(a, seg) &&
    items.every((e) => e.quantity !== null && !WEIGHED.has((e.unit ?? '').toLowerCase()))) return null;
  // ("jual sembako: beras 2 karung @310rb, minyak 1 dus 190rb": a grocer's heading — oil and
  // flour are what she sells, whatever clause they fall in.)
  for (let i = 0; i < seg.start; i++) if (GROCERIES.has((a.tokens[i] as Token).key)) return null;
  // ("…, tenda jualan 10rb": her stall's gear, bought or rented — a purchase, asked; goods-for-selling.ts.)
  if (gearForSelling(a.tokens, seg.start, seg.end)) return 'goods';
  // ("telur laku 6 kg @28rb, pakan 1 karung 390rb": feed after eggs — her cost, no question.)
  if (items.length > 0 && items.every((e) => tradeOnlyInput(e.item))) return 'input';
  for (const e of items) if (costGoods(e.item, e.quantity !== null && e.unit === null)) return 'goods';
  return null;
}

/** Units of weight and volume: an ingredient is bought by them. */
const WEIGHED = new Set(['kg', 'kilo', 'kilogram', 'ons', 'gram', 'gr', 'g', 'liter', 'ltr', 'l', 'ml', 'karung', 'sak']);

/** "+" or "plus" right before the clause, on its line: "… 36rb + gula aren 16rb". */
function addedWithPlus(a: Analysis, seg: Segment): boolean {
  const prev = a.tokens[seg.start - 1];
  const first = a.tokens[seg.start];
  return (prev?.type === T_PUNCT && prev.text === '+') || (first?.type === T_WORD && (first.key === 'plus' || first.key === 'ditambah'));
}

/** A grocer's trade named: what she sells is the staples others cook with. */
const GROCERIES = new Set(['sembako', 'sembakonya', 'kelontong', 'kelontongan', 'klontong', 'klontongan', 'bapok', 'sembilan bahan pokok']);

/**
 * Ingredients that are cooked with, not sold as a dish: "tahu", "tempe", "kacang", "pisang" are
 * also her goods (a sale carried to them may stand), these are almost only bought.
 */
const COOKED_WITH = new Set(['minyak', 'tepung', 'terigu', 'maizena', 'tapioka', 'gula', 'santan', 'mentega', 'margarin', 'blueband',
  'ragi', 'fermipan', 'garam', 'bumbu', 'penyedap', 'micin', 'elpiji', 'lpg']);
/** The same in English ("eggs", "vegetables" are sold by some trades: those stay with the sale). */
const EN_COOKED_WITH = new Set(['flour', 'sugar', 'oil', 'butter', 'margarine', 'yeast', 'salt', 'spices', 'seasoning', 'cooking', 'palm',
  'coconut', 'brown', 'baking', 'wheat', 'cornstarch']);
/** Containers that also count goods ("4 plastik cilok", "3 kotak nasi"): an input only when not a count's unit. */
const CONTAINERS = new Set(['plastik', 'kresek', 'kotak', 'box', 'dus', 'dos', 'kardus', 'botol', 'cup', 'toples', 'mika', 'thinwall']);

/**
 * Goods her trade uses up (business-inputs.ts' packaging, notions and "bahan", and ingredients
 * cooked with); "minyak goreng" is cooking oil, not a fried dish as "bawang goreng" is.
 * `counted`: a count stands right before the goods, so a container word may be its unit.
 */
export function costGoods(item: string | null, counted = false): boolean {
  if (item === null) return false;
  const head = item.toLowerCase().split(/\s+/)[0] ?? '';
  if (COOKED_WITH.has(head)) return true;
  // "…, flour 30k", "…, cooking oil 2 liters 36k" (an English name only alone: "sugar cookies" is a dish).
  if (EN_COOKED_WITH.has(head) && englishIngredient(item.toLowerCase().split(/\s+/))) return true;
  if (counted && CONTAINERS.has(head)) return false;
  return inputKind(item) === 'input';
}

/**
 * "today sales 500k, family dinner 100k", "laku 500rb, makan keluarga 100rb", "jual bros 150rb,
 * spp anak 100rb": a clause with no verb that opens with a household purpose (a G_HOUSEHOLD word
 * of the lexicon: makan, jajan, spp, keluarga, family, dapur…) is not more of the sale before it.
 * 'home': money for the home; whether it came from the till is hers to say, so it is offered as
 * a withdrawal and asked (`withdrawal_guessed`). 'business': the clause names the business too
 * ("…, makan siang karyawan 40rb": list-household.ts' words), so it is the business's cost, an
 * expense. null: anything else, and goods counted in the clause ("…, anak sekolah 10 porsi
 * 100rb": goods sold to someone), left to the sale.
 */
/** Household words that are also what a warung sells ("…, sembako 150rb", "…, obat nyamuk 20rb"): left to the sale. */
const SOLD_TOO = new Set(['sembako', 'beras', 'obat', 'susu', 'pulsa', 'token', 'gas', 'galon', 'sabun', 'rokok', 'minyak', 'jajanan',
  'snack']);

/** Words of the business that are its selling side: a household clause naming them may well be a sale. */
const SELLING = new Set(['pesanan', 'orderan', 'pembeli', 'pelanggan', 'jual', 'jualan', 'dijual', 'dagang', 'dagangan', 'katering', 'catering']);

export function homeCarried(a: Analysis, seg: Segment, items: readonly { quantity: number | null }[]): 'home' | 'business' | null {
  if (items.some((e) => e.quantity !== null)) return null;
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) return null;
    if ((t.f & (F_FILLER | F_DATE)) !== 0 && (t.f2 & G_HOUSEHOLD) === 0) continue;
    if ((t.f2 & G_HOUSEHOLD) === 0 || (t.f & (F_SALE | F_EXPENSE)) !== 0 || SOLD_TOO.has(t.key)) return null;
    for (let k = seg.start; k < seg.end; k++) {
      const key = (a.tokens[k] as Token).key;
      // "…, makan siang pesanan kantor 300rb", "…, suami dagang 150rb": selling words — no cost of hers to be sure of.
      if (SELLING.has(key)) return null;
      if (BUSINESS.has(key)) return 'business';
    }
    return 'home';
  }
  return null;
}
