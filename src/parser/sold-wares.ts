/**
 * Goods known to be what these trades sell, read where a shape alone cannot tell her wares from
 * what her home or her trade uses up: "bayam 20 ikat @2rb abis" is vegetables sold out, but
 * "pampers 2 pack @45rb habis", "pakan ayam 2 karung @350rb habis", "obat 3 strip @5rb abis" are
 * nappies, feed and medicine used up — the same shape. Only goods named here may make such a
 * shape a confident sale; unknown goods, household consumables, farm inputs and packaging are
 * asked. A family word among the goods ("susu anak", "vitamin bayi") makes them the home's.
 */
/** Snacks, meals, drinks and cakes sold by the piece, portion, glass or pack (and their regional names). */
const PREPARED = ['kue', 'gorengan', 'risol', 'risoles', 'donat', 'roti', 'nasi', 'lontong', 'lemper', 'onde', 'cilok', 'cireng', 'sempol',
  'martabak', 'pecel', 'bakso', 'mie', 'mi', 'seblak', 'tahu', 'tempe', 'pisang', 'keripik', 'kripik', 'makaroni', 'basreng', 'es',
  'kopi', 'teh', 'jus', 'minuman', 'pempek', 'siomay', 'batagor', 'sate', 'bakwan', 'pastel', 'kerupuk', 'krupuk', 'peyek', 'rempeyek',
  'klepon', 'bolu', 'brownies', 'puding', 'dimsum', 'tumpeng', 'nugget', 'jamu', 'jajan', 'jajanan', 'gado', 'gado2', 'ketoprak',
  'bubur', 'soto', 'kolak', 'cendol', 'dawet', 'rujak', 'pisgor', 'tela', 'rendang', 'rengginang', 'rangginang', 'cimol', 'lumpia',
  'lunpia', 'pukis', 'serabi', 'surabi', 'apem', 'gethuk', 'getuk', 'tiwul', 'cenil', 'lupis', 'wajik', 'dodol', 'songkolo', 'kukis',
  'bakpia', 'pastel', 'combro', 'misro', 'ote', 'bala', 'jalangkote', 'panada', 'wadai', 'lapis', 'nastar', 'kastengel', 'brownis',
  'mendoan', 'molen', 'cakwe', 'otak', 'empek', 'pecak', 'nasgor', 'burger', 'kebab', 'takoyaki', 'cilor',
  'telur gulung', 'sosis', 'boba', 'cincau', 'susu kedelai', 'lemang', 'lamang', 'galamai', 'kue2'];
/** Vegetables and fruit sold by the bunch or piece at a stall. */
const PRODUCE = ['bayam', 'kangkung', 'sawi', 'caisim', 'kemangi', 'daun', 'genjer', 'kacang panjang', 'buncis', 'terong', 'timun',
  'mentimun', 'labu', 'pare', 'jagung', 'pepaya', 'mangga', 'jeruk', 'semangka', 'melon', 'salak', 'rambutan', 'duku', 'durian', 'nanas',
  'alpukat', 'jambu', 'kelengkeng', 'sayur', 'sayuran', 'lalapan', 'petai', 'pete', 'jengkol', 'kates', 'blewah', 'kedondong'];
/** Clothes and accessories: never used up, so all gone at a price each is sold. */
const WEAR = ['bros', 'kerudung', 'jilbab', 'hijab', 'pashmina', 'khimar', 'bergo', 'ciput', 'gamis', 'mukena', 'kaos', 'kaus', 'celana',
  'baju', 'daster', 'rok', 'kemeja', 'blus', 'tunik', 'sarung', 'tas', 'dompet', 'sandal', 'sendal', 'sepatu', 'peci', 'topi', 'jepit',
  'bando', 'gantungan', 'souvenir', 'suvenir', 'boneka', 'hampers', 'parsel', 'gelang', 'kalung', 'cincin', 'anting'];

const WARES = new Set([...PREPARED, ...PRODUCE, ...WEAR]);

/** Words that make goods the home's: the child's milk, the baby's vitamins, the husband's medicine. */
const FAMILY = new Set(['anak', 'anakku', 'bayi', 'baby', 'balita', 'cucu', 'suami', 'bapak', 'ibu', 'emak', 'mamak', 'adik', 'adek',
  'kakak', 'nenek', 'kakek', 'mbah', 'rumah', 'keluarga', 'sendiri', 'pribadi', 'dapur', 'sekolah', 'anak2']);
/**
 * Words that make a known dish something else: "es batu" is ice for her drinks, "ayam" alone
 * may be live chickens' feed ("pakan ayam" has "pakan" first and is not wares anyway).
 */
const NOT_WARES_AFTER = new Set(['batu', 'balok', 'kristal']);

/**
 * Whether the goods' words (in order, fillers dropped) name her wares: the first word (or the
 * first two) is known wares, and no family word stands among them.
 */
export function knownWares(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  for (const w of words) if (FAMILY.has(w)) return false;
  const head = words[0] as string;
  const second = words[1];
  if (second !== undefined && NOT_WARES_AFTER.has(second)) return false;
  return WARES.has(head) || (second !== undefined && WARES.has(`${head} ${second}`));
}

