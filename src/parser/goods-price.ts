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
/** No piece of such goods costs this much in her trade: above it the price each is asked. */
const MAX_SMALL_EACH = 2_000_000;

/** Units that hold many pieces of no fixed number: a price per roll or sack is no price each. */
const BULK = new Set(['roll', 'rol', 'gulung', 'karung', 'sak', 'dus', 'dos', 'kardus', 'bal', 'ball', 'pak', 'pack', 'slop', 'peti', 'krat',
  'grosir', 'partai', 'kwintal', 'ton', 'kuintal']);

/**
 * Whether `item` names small goods and `each` rupiah (the price of one `unit`, of `perUnit`
 * pieces: a kodi is 20) is more than any one piece of them costs.
 */
export function implausibleEach(item: string | null, each: number | null, unit: string | null, perUnit: number): boolean {
  if (item === null || each === null || (unit !== null && BULK.has(unit))) return false;
  if (each / Math.max(1, perUnit) <= MAX_SMALL_EACH) return false;
  return item.split(' ').some((w) => SMALL_GOODS.has(w));
}
