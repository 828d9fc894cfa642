/**
 * The upper end of a believable price each: "laku 3 bros @15jt" is no brooch of hers. The
 * businesses this bot serves sell snacks, meals, drinks, clothes and small accessories by the
 * piece; a price each far above what such goods cost is a slip of the unit (jt for rb) as
 * often as it is real, so it is asked, never recorded at once. Goods not in these lists
 * (livestock, a motorbike, gold jewellery) have no ceiling here.
 */

/** Snacks, meals and drinks sold by the piece, portion or pack. */
const FOOD = ['kue', 'gorengan', 'risol', 'risoles', 'donat', 'roti', 'nasi', 'lontong', 'lemper', 'onde', 'cilok', 'cireng', 'sempol',
  'martabak', 'pecel', 'bakso', 'mie', 'mi', 'seblak', 'tahu', 'tempe', 'pisang', 'keripik', 'kripik', 'makaroni', 'basreng', 'es',
  'kopi', 'teh', 'jus', 'minuman', 'pempek', 'siomay', 'batagor', 'sate', 'bakwan', 'pastel', 'kerupuk', 'krupuk', 'peyek', 'rempeyek',
  'klepon', 'bolu', 'brownies', 'puding', 'dimsum', 'tumpeng', 'nugget', 'sosis', 'telur', 'jamu', 'permen', 'snack', 'jajan', 'jajanan',
  'gado', 'ketoprak', 'bubur', 'soto', 'kolak', 'cendol', 'dawet', 'rujak', 'pisgor', 'tela', 'kacang', 'sambal', 'sambel', 'rendang'];
/** Clothes and small accessories sold by the piece. */
const WEAR = ['bros', 'kerudung', 'jilbab', 'hijab', 'pashmina', 'khimar', 'bergo', 'ciput', 'inner', 'gamis', 'mukena', 'kaos', 'kaus',
  'celana', 'baju', 'daster', 'rok', 'kemeja', 'blus', 'tunik', 'sarung', 'kain', 'tas', 'dompet', 'sandal', 'sendal', 'sepatu', 'kaos kaki',
  'peci', 'topi', 'masker', 'jepit', 'bando', 'ikat', 'gantungan', 'souvenir', 'suvenir', 'sabun', 'lilin', 'boneka', 'mainan', 'pulsa',
  'stiker', 'buku', 'pensil', 'pulpen', 'sikat', 'plastik', 'hampers', 'parsel', 'seragam'];

const SMALL_GOODS = new Set([...FOOD, ...WEAR]);

/** Regional names of snacks sold by the piece: Balinese/Sasak "jaje" (jajan). */
const SNACK_ALSO = new Set(['jaje', 'jajane']);
/** Whether `item` names snacks or a meal sold by the piece or portion (its first word: "gado", "kue lapis", "jaje cerorot"). */
export function isSnackItem(item: string | null): boolean {
  if (item === null) return false;
  const head = item.split(' ')[0] as string;
  return head !== 'permen' && (FOOD.includes(head) || SNACK_ALSO.has(head));
}

/** A word naming goods she sells by the piece ("nasi", "kaos"): no quality word (counted-each.ts reads "10 kotak nasi kali 15rb" as times). */
export function isSmallGoods(word: string): boolean {
  return SMALL_GOODS.has(word);
}
/** No piece of such goods costs this much in her trade: above it the price each is asked. */
const MAX_SMALL_EACH = 2_000_000;

/** Units that hold many pieces of no fixed number: a price per roll or sack is no price each. */
const BULK = new Set(['roll', 'rol', 'gulung', 'karung', 'sak', 'dus', 'dos', 'kardus', 'bal', 'ball', 'pak', 'pack', 'slop', 'peti', 'krat',
  'grosir', 'partai', 'kwintal', 'ton', 'kuintal']);

/**
 * Cheap everyday goods, with the most one piece (or pack) of them costs by a wide margin: a
 * brooch or a pack of crackers is tens of thousands at most, so "jual 1 bros 1.500.000" or
 * "laku rengginang 5 bks @150rb" is a slip (an extra zero, jt for rb) as often as it is real.
 * Ceilings sit far above normal prices: no ask for a dear brooch at Rp150.000.
 */
const CHEAP_EACH: readonly { words: readonly string[]; ceiling: number }[] = [
  // Sewing and packing sundries, hair clips, brooches: a piece is a few thousand, a dear one a few hundred.
  { words: ['benang', 'jarum', 'kancing', 'resleting', 'plastik', 'kresek', 'karet', 'bros', 'jepit', 'peniti', 'bando', 'ikat', 'stiker',
    'pensil', 'pulpen', 'sedotan', 'tusuk', 'lidi', 'korek', 'mika', 'ciput'], ceiling: 1_000_000 },
  // Fritters and sweet bites sold one by one: a piece is a thousand or two, never near Rp20.000
  // ("laku gorengan 20, dapat 2jt" leaves Rp100.000 a fritter: a slip, asked).
  { words: ['gorengan', 'bakwan', 'risol', 'risoles', 'pisgor', 'cireng', 'klepon', 'lemper', 'onde'],
    ceiling: 20_000 },
  // Snacks and drinks by the piece, portion or pack: a pack is tens of thousands at most.
  { words: ['kerupuk', 'krupuk', 'rengginang', 'gorengan', 'es', 'peyek', 'rempeyek', 'cilok', 'cireng', 'bakwan', 'risol', 'risoles',
    'pisgor', 'tahu', 'tempe', 'permen', 'makaroni', 'basreng', 'klepon', 'lemper', 'onde', 'donat', 'cimol', 'seblak', 'telur'],
  ceiling: 100_000 },
];
const CEILING_OF = new Map<string, number>();
for (const { words, ceiling } of CHEAP_EACH) for (const w of words) if (!CEILING_OF.has(w)) CEILING_OF.set(w, ceiling);
/** A roll, sack or box of cheap goods costs far less than this. */
const CHEAP_BULK_CEILING = 10_000_000;
/** Units that hold a weight or a volume: a price per kilo is no price per piece. */
const MEASURES = new Set(['kg', 'kilo', 'kilogram', 'gram', 'gr', 'ons', 'liter', 'ltr', 'l', 'meter', 'm', 'yard']);

/**
 * Staples bought and sold by weight or volume, with the most a kilo (or a liter) of them costs
 * by a wide margin: sugar, rice, flour and oil are tens of thousands a kilo (ceiling ten times
 * that), chilli and shallots at their dearest a couple of hundred thousand, meat and fish a few hundred. "beli gula 5 kg
 * 2jt" leaves a kilo of sugar at Rp400.000: a slip (jt for rb, an extra zero) as often as it is
 * real, so asked. Ceilings sit far above market prices: a dear month never trips them.
 */
const STAPLE_PER_MEASURE: readonly { words: readonly string[]; ceiling: number }[] = [
  { words: ['gula', 'beras', 'terigu', 'tepung', 'minyak', 'garam', 'telur', 'telor', 'endog', 'hintalu', 'jagung', 'singkong', 'ketela',
    'kentang', 'wortel', 'kol', 'kubis', 'sayur', 'sayuran', 'tomat', 'santan', 'kelapa', 'kedelai', 'margarin', 'mentega',
    'susu', 'air', 'bensin', 'pertalite', 'solar', 'kecap', 'saos', 'saus', 'mie', 'mi', 'tahu', 'tempe', 'buah', 'pisang', 'jeruk'],
  ceiling: 200_000 },
  { words: ['cabai', 'cabe', 'lombok', 'bawang', 'brambang', 'jahe', 'kunyit', 'lengkuas', 'kemiri', 'merica', 'lada', 'ketumbar', 'bumbu',
    'kacang', 'mete', 'teri', 'ebi', 'kopi', 'teh', 'coklat', 'cokelat', 'keju'], ceiling: 400_000 },
  { words: ['daging', 'ayam', 'ikan', 'iwak', 'udang', 'cumi', 'kambing', 'sapi', 'bebek', 'tongkol', 'lele', 'nila', 'bandeng', 'tuna',
    'kakap', 'kerang', 'sosis', 'nugget', 'hati', 'ampela', 'tetelan', 'iga', 'babat'], ceiling: 600_000 },
];
const STAPLE_CEILING = new Map<string, number>();
for (const { words, ceiling } of STAPLE_PER_MEASURE) for (const w of words) if (!STAPLE_CEILING.has(w)) STAPLE_CEILING.set(w, ceiling);
/** Every staple named above: goods, never a person's name (unknown-payer.ts). */
export const STAPLE_WORDS: ReadonlySet<string> = new Set(STAPLE_CEILING.keys());
/** How many kilos (or liters) one of each weight or volume unit holds. */
const PER_KILO = new Map<string, number>([['kg', 1], ['kilo', 1], ['kilogram', 1], ['gram', 0.001], ['gr', 0.001], ['g', 0.001],
  ['ons', 0.1], ['liter', 1], ['ltr', 1], ['l', 1], ['lt', 1], ['ml', 0.001]]);

/**
 * The item's first word (`item.split(' ')[0]`), and its first two words: read on every entry
 * of every message, so without the array a split makes.
 */
function headWord(item: string): string {
  const sp = item.indexOf(' ');
  return sp < 0 ? item : item.slice(0, sp);
}

function headTwoWords(item: string): string {
  const sp = item.indexOf(' ');
  const sp2 = sp < 0 ? -1 : item.indexOf(' ', sp + 1);
  return sp2 < 0 ? item : item.slice(0, sp2);
}

/**
 * The least a kilo (or liter) of a staple goes for, bought or sold: "beli beras 20 kg 9rb" leaves rice
 * at Rp450 a kilo, "laku minyak 10 liter 9rb" oil at Rp900 a liter — a price each or a dropped zero
 * as often as a total, so asked (`cheap_each`), never recorded. Floors sit far under farm-gate
 * prices: produce that crashes in a glut (tomatoes, cabbage, cassava) keeps Rp500; water by the
 * liter has none. Grams and ons are priced by the total as before ("cabe rawit 2 ons 8rb").
 */
const MEASURE_FLOORS: readonly { words: readonly string[]; floor: number }[] = [
  { words: ['gula', 'beras', 'terigu', 'tepung', 'minyak', 'telur', 'telor', 'endog', 'hintalu', 'santan', 'kedelai', 'margarin', 'mentega',
    'susu', 'bensin', 'pertalite', 'solar', 'kecap', 'saos', 'saus', 'mie', 'mi'], floor: 2_000 },
  { words: ['jagung', 'singkong', 'ketela', 'kentang', 'wortel', 'kol', 'kubis', 'sayur', 'sayuran', 'tomat', 'kelapa', 'tahu', 'tempe',
    'buah', 'pisang', 'jeruk', 'garam'], floor: 500 },
  { words: ['cabai', 'cabe', 'lombok', 'bawang', 'brambang', 'jahe', 'kunyit', 'lengkuas', 'kemiri', 'merica', 'lada', 'ketumbar', 'bumbu',
    'kacang', 'mete', 'teri', 'ebi', 'kopi', 'teh', 'coklat', 'cokelat', 'keju'], floor: 2_000 },
  { words: ['daging', 'ayam', 'ikan', 'iwak', 'udang', 'cumi', 'kambing', 'sapi', 'bebek', 'tongkol', 'lele', 'nila', 'bandeng', 'tuna',
    'kakap', 'kerang', 'sosis', 'nugget', 'hati', 'ampela', 'tetelan', 'iga', 'babat'], floor: 5_000 },
];
const MEASURE_FLOOR = new Map<string, number>();
for (const { words, floor } of MEASURE_FLOORS) for (const w of words) if (!MEASURE_FLOOR.has(w)) MEASURE_FLOOR.set(w, floor);
/** Whole kilos and liters only: the units a staple's floor is judged in. */
const WHOLE_MEASURES = new Set(['kg', 'kilo', 'kilogram', 'liter', 'ltr', 'l', 'lt']);

/** Whether a bare `amount` for `quantity` kilos or liters (`unit`) of the staple `item`, read as the total, leaves one under its floor. */
export function cheapPerMeasure(item: string | null, amount: number, quantity: number, unit: string | null): boolean {
  if (item === null || unit === null || quantity <= 1 || !WHOLE_MEASURES.has(unit)) return false;
  const floor = MEASURE_FLOOR.get(headWord(item));
  return floor !== undefined && amount / quantity < floor;
}

/** Whether `each` rupiah for one `unit` (a weight or volume) of the staple `item` is more than a kilo of it costs. */
function dearPerMeasure(item: string, each: number, unit: string): boolean {
  const share = PER_KILO.get(unit);
  const ceiling = STAPLE_CEILING.get(headWord(item));
  return share !== undefined && ceiling !== undefined && each / share > ceiling;
}

/** The ceiling of a piece of `item` when it is cheap goods (the head word decides), else null. */
function cheapCeiling(item: string): number | null {
  return CEILING_OF.get(headWord(item)) ?? null;
}

/** No one purchase or sale of cheap goods, however many, comes near this: "beli benang 150jt". */
const CHEAP_TOTAL_CEILING = 50_000_000;

/** Whether `amount` for cheap goods with no count is more than any lot of them costs. */
export function implausibleLot(item: string | null, amount: number): boolean {
  return item !== null && amount > CHEAP_TOTAL_CEILING && cheapCeiling(item) !== null;
}

/**
 * One line of snacks, meals, clothes or small accessories with no count, for more than this:
 * "jual kue 35.000.000" is a slip (zeros typed twice, jt for rb) as often as it is real — an
 * ultra-micro trade's whole month seldom comes to it. A count prices each piece instead
 * (implausibleEach), and goods in no list (a sewing machine, a goat, stock, a loan) are never
 * judged here.
 */
const SMALL_LOT_CEILING = 10_000_000;

/** Whether `amount` for small goods written with no count is more than one such line comes to. */
export function implausibleSmallLot(item: string | null, quantity: number | null, amount: number): boolean {
  return item !== null && quantity === null && amount > SMALL_LOT_CEILING && item.split(' ').some((w) => SMALL_GOODS.has(w));
}

/**
 * Whether `pieces` at `each` rupiah — a bare amount after a count read as the price each because,
 * read as the total, it leaves a piece under any price ("laku kue 300 biji 100rb": Rp333 a cake) —
 * comes to more than one line of small goods does (SMALL_LOT_CEILING): Rp30.000.000 of cakes in
 * one line is no more believable than Rp333 a cake, so neither reading is recorded; asked.
 */
export function implausibleCountedLot(pieces: number, each: number): boolean {
  return pieces * each > SMALL_LOT_CEILING;
}

/**
 * Whether `item` names small goods and `each` rupiah (the price of one `unit`, of `perUnit`
 * pieces: a kodi is 20) is more than any one piece of them costs.
 */
export function implausibleEach(item: string | null, each: number | null, unit: string | null, perUnit: number): boolean {
  if (item === null || each === null) return false;
  // "beli gula 5 kg 2jt": a kilo of sugar is no Rp400.000.
  if (unit !== null && dearPerMeasure(item, each, unit)) return true;
  const ceiling = cheapCeiling(item);
  // "beli benang 3 gulung 150jt": a roll of thread is no fifty million.
  if (unit !== null && BULK.has(unit)) return ceiling !== null && each > CHEAP_BULK_CEILING;
  if (ceiling !== null && (unit === null || !MEASURES.has(unit)) && each / Math.max(1, perUnit) > ceiling) return true;
  if (each / Math.max(1, perUnit) <= MAX_SMALL_EACH) return false;
  return item.split(' ').some((w) => SMALL_GOODS.has(w));
}

/**
 * The lower end of a believable price each, per class of goods: "laku 20 bros 15rb" leaves a
 * brooch at Rp750, which no brooch of hers costs, so the Rp15.000 is as likely her price each
 * as the total: asked, never recorded at once. Where the piece price is believable ("laku 3
 * mukena 450rb") the bare amount stays the total (docs/PARSING.md). Floors are for what she
 * sells; stock she buys by the piece is cheaper wholesale, so a purchase gets half the floor. Goods in no
 * class (or sold by weight) have no floor beyond the general one in entry-drafts.ts.
 */
/** Small accessories and sundries, sold by the piece and bought by the dozen. */
const SMALL_WARE_WORDS = ['kaos kaki', 'bros', 'ciput', 'inner', 'peci', 'topi', 'bando', 'gantungan', 'souvenir', 'suvenir', 'sabun', 'lilin',
  'mainan', 'kalung', 'gelang', 'cincin', 'anting', 'buku', 'benang'];
const FLOORS: readonly { words: readonly string[]; floor: number }[] = [
  // Clothes: nothing she sells by the piece goes for under Rp10.000.
  { words: ['kerudung', 'jilbab', 'hijab', 'pashmina', 'khimar', 'bergo', 'gamis', 'mukena', 'kaos', 'kaus', 'celana', 'baju', 'daster',
    'rok', 'kemeja', 'blus', 'tunik', 'sarung', 'seragam', 'tas', 'dompet', 'sepatu', 'sandal', 'sendal', 'hampers', 'parsel', 'boneka'],
  floor: 10_000 },
  // Small accessories and sundries: a brooch, a hair clip, a bar of soap cost a thousand or more.
  // (Sold by the dozen, one at under Rp3.000 is the trader's own buying price: see SOLD_BY_BUNDLE_FLOOR.)
  { words: SMALL_WARE_WORDS, floor: 1_000 },
  // Snacks, meals and drinks by the piece, portion or pack: under Rp1.000 is a price each
  // as often as a total ("laku 10 bks kerupuk 5rb"). Sweets (permen) sell for less: not here.
  { words: FOOD.filter((w) => w !== 'permen'), floor: 1_000 },
];
const FLOOR_OF = new Map<string, number>();
for (const { words, floor } of FLOORS) for (const w of words) if (!FLOOR_OF.has(w)) FLOOR_OF.set(w, floor);

/**
 * "laku 2 lusin kaos kaki @25rb": Rp25.000 a dozen leaves a pair at Rp2.083 — above the floor, but a
 * price only a wholesaler sells at, while Rp25.000 is what one pair fetches at her stall. Both readings
 * stand, so a sale of bundles "@" so cheap a piece is asked (entry-drafts.ts, bundle_each_or_piece).
 * Clothes keep their floor (Rp10.000 already); food has none here: "5 lusin donat @30rb" is the dozen's.
 */
const SOLD_BY_BUNDLE_FLOOR = 3_000;
const SMALL_WARES: ReadonlySet<string> = new Set(SMALL_WARE_WORDS);

/** The least a piece of `item` sells for at her stall when she sold it by bundles "@", or null when no class says. */
export function soldPieceFloor(item: string): number | null {
  const floor = pieceFloor(item);
  if (floor === null) return null;
  const small = SMALL_WARES.has(item) || SMALL_WARES.has(headTwoWords(item)) || SMALL_WARES.has(headWord(item));
  return small ? Math.max(floor, SOLD_BY_BUNDLE_FLOOR) : floor;
}
/** A roll, a box or a sack of anything costs more than this: "beli 5 dus 6rb" is asked. */
const BULK_FLOOR = 2_000;
/** A fish or a bird sold by the head ("ekor") costs more than this. */
const HEAD_FLOOR = 1_000;

/** The least a piece of `item` sells for (goods-price floors), or null when its class is unknown. */
export function pieceFloor(item: string): number | null {
  // The goods are the head word: "mika kue" is a cake box, "karet gelang" a rubber band.
  return FLOOR_OF.get(item) ?? FLOOR_OF.get(headTwoWords(item)) ?? FLOOR_OF.get(headWord(item)) ?? null;
}

/**
 * Whether a bare `amount` after a count of `pieces` (pieces of `item`, or `units` of a bulk
 * `unit`) leaves each one cheaper than such goods cost, so it may be the price each.
 */
export function implausiblyCheap(item: string | null, kind: string, amount: number, pieces: number | null, unit: string | null,
  units: number | null): boolean {
  // A roll or box is priced per container, wholesale already: the same floor bought or sold.
  if (unit !== null && BULK.has(unit) && units !== null && units > 1) return amount / units < BULK_FLOOR;
  // "jual ikan asap 12 ekor 8rb": no fish or fowl she sells by the head goes for Rp667; the amount
  // is as likely the price of one. (Seed fish bought by the hundred are cheaper: sales only.)
  if (unit === 'ekor' && kind === 'sale' && units !== null && units > 1 && amount / units < HEAD_FLOOR) return true;
  const share = kind === 'expense' ? 0.5 : 1;
  if (item === null || pieces === null || pieces <= 1) return false;
  const floor = pieceFloor(item);
  return floor !== null && amount / pieces < floor * share;
}

/**
 * Work done on a garment or on a person, with the least any such job is charged: a kebaya sewn
 * for Rp1.500 or a creambath for Rp2.000 is a dropped "rb" or zeros as often as it is real
 * ("jahit kebaya 1.500" may be Rp150.000), so asked. The job is the item's first word; sewing
 * counts only with a garment after it ("jahit kancing 2rb" is a small mend, no floor).
 */
const SEWING = new Set(['jahit', 'jait', 'njait', 'jahitan', 'bikin']);
const GARMENTS = new Set(['kebaya', 'gamis', 'baju', 'kemeja', 'blus', 'rok', 'celana', 'seragam', 'gaun', 'dress', 'tunik', 'jas',
  'mukena', 'daster', 'batik', 'beskap', 'kostum']);
const JOB_FLOOR = new Map<string, number>([['permak', 3_000], ['vermak', 3_000], ['creambath', 10_000], ['krimbat', 10_000],
  ['pijat', 10_000], ['pijit', 10_000], ['urut', 10_000], ['rias', 20_000], ['makeup', 20_000], ['smoothing', 20_000],
  ['rebonding', 20_000], ['facial', 10_000]]);
const SEWING_FLOOR = 10_000;

/** Whether `each` rupiah for one job of `item` (a garment sewn, a creambath) is less than any such job is charged. */
export function implausiblyCheapJob(item: string | null, each: number | null): boolean {
  if (item === null || each === null) return false;
  const head = headWord(item);
  if (SEWING.has(head)) return item.split(' ').slice(1).some((w) => GARMENTS.has(w)) && each < SEWING_FLOOR;
  const floor = JOB_FLOOR.get(head);
  return floor !== undefined && each < floor;
}
