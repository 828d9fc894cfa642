/**
 * What her trade uses up, written with no verb: "kardus packing 10 pcs 25rb", "lem kain 1
 * botol 12rb", "bahan brownies abis 145rb", "tepung 5kg 65rb". Packaging, sewing and craft
 * notions, printing and "bahan …" are bought, almost never sold by these trades: a verb-less
 * line of them is her expense. Ingredients are bought too — except by a warung that sells
 * them — so a verb-less ingredient line is read as an expense but still asked.
 *
 * Only the head of the goods counts ("kawat bros & mutiara 64rb" is wire; "bros mutiara 3
 * 45rb" stays the brooch she sells), and any verb still wins ("laku 10 kardus 20rb").
 *
 * "cabe 1/2 kg 30rb buat sambel jualan", "bumbu dapur utk katering 67rb": a purpose clause
 * ("buat"/"untuk"/"kanggo" + a use in her business) says the goods were bought for it.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_SALE, F_WEAK } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { knownWares } from './sold-wares.ts';

/**
 * What a poultry, fish or crop trade feeds and doses: feed, litter, vaccines, vitamins, fertiliser.
 * Sold only by a farm shop, which says "jual"; never counted as a container of her goods.
 */
const FARM_INPUTS_LIST = ['pakan', 'pur', 'voer', 'konsentrat', 'dedak', 'bekatul', 'katul', 'sekam', 'jerami', 'vaksin', 'vitamin',
  'vitamin2', 'pupuk', 'pestisida', 'insektisida', 'fungisida', 'herbisida'];
const FARM_INPUTS = new Set(FARM_INPUTS_LIST);

/** Packaging, notions and craft inputs: heads of goods she buys, confident expenses. */
const INPUTS = new Set([
  // packaging
  'plastik', 'klip', 'kardus', 'dus', 'dos', 'kotak', 'box', 'mika', 'thinwall', 'lakban', 'selotip', 'solatip', 'solasi', 'isolasi',
  'label', 'stiker', 'sticker', 'kertas', 'pita', 'kresek', 'cup', 'sedotan', 'styrofoam', 'sterofom', 'bubble', 'wrap', 'karet',
  'paperbag', 'toples', 'botol', 'tutup', 'segel', 'mika',
  // sewing and craft notions
  'resleting', 'resliting', 'sleting', 'kancing', 'benang', 'jarum', 'lem', 'kawat', 'manik', 'manik2', 'mutiara', 'furing', 'puring',
  'kain keras', 'renda', 'payet', 'dakron', 'busa', 'peniti', 'spul',
  // a batik maker's tools and wax: the canting pen, its frame, batik wax ("kain batik" is what she sells)
  'canting', 'gawangan', 'lilin batik',
  // cooking gas and the trade's raw materials
  'elpiji', 'lpg', 'bahan', 'bahan2', 'bahan-bahan',
  // wrappers a kitchen uses up ("daun pisang goceng" to wrap her kue)
  'daun pisang',
  // what a poultry, fish or crop trade feeds and doses (FARM_INPUTS)
  ...FARM_INPUTS_LIST,
  // the same in English ("…, packaging 15k", "ingredients 90k", "fabric 2 meters 60k")
  'packaging', 'packing', 'label', 'labels', 'stickers', 'thread', 'threads', 'fabric', 'fabrics', 'material', 'materials',
  'supplies', 'ingredient', 'ingredients', 'glue', 'zipper', 'zippers', 'buttons', 'ribbon', 'ribbons', 'beads', 'plastic', 'cardboard',
  'tape', 'wrapping', 'bubblewrap',
]);
/**
 * Containers that are also a count of her goods ("6 toples nastar", "2 botol jamu", "3 kotak kue"):
 * not "plastik", "mika", "cup", "thinwall" — "plastik es", "mika kue", "cup puding" are only packaging.
 */
const MEASURE_CONTAINERS = new Set(['toples', 'botol', 'kotak', 'box', 'dus', 'dos']);
/** Units that count the containers themselves: "dus kue 20 pcs", "kotak nasi 50 lembar". */
const PIECE_UNITS = new Set(['pcs', 'pc', 'biji', 'bj', 'bji', 'buah', 'bh', 'lembar', 'lbr', 'lmbr']);

/**
 * "1/2 lusin toples nastar @ 60rb", "toples nastar 6 @60rb", "2 lusin botol jamu @25rb": a container
 * before wares she sells is as often the measure of her goods (six jars of nastar) as packaging she
 * buys for them (nastar jars) — an expense, asked, never a confident one. Packaging it stays when the
 * containers themselves are counted in pieces after their name, for a total ("dus kue 20 pcs 30rb",
 * "kotak nasi 50 pcs 75rb"); "toples kosong", "botol 1 lusin" name no wares and stay inputs.
 */
function measureOfWares(tokens: readonly Token[] | undefined, e: { item: string | null; unitPrice?: number | null }): boolean {
  const words = e.item?.toLowerCase().split(/\s+/).filter((w) => w.length > 0) ?? [];
  if (!MEASURE_CONTAINERS.has(words[0] ?? '') || !knownWares(words.slice(1))) return false;
  if (tokens === undefined || (e.unitPrice ?? null) !== null) return true;
  for (let i = 0; i + words.length < tokens.length; i++) {
    if (!words.every((w, k) => (tokens[i + k] as Token).key === w)) continue;
    const n = tokens[i + words.length] as Token;
    const u = tokens[i + words.length + 1];
    if (n.type === T_NUM && u !== undefined && u.type === T_WORD && PIECE_UNITS.has(u.key)) return false;
  }
  return true;
}
/** "print label stiker 35rb", "cetak stiker 50rb": printing of an input, not prints she sells. */
const PRINTING = new Set(['print', 'printing', 'ngeprint', 'cetak', 'fotokopi']);
/**
 * Repairing her own tools ("servis mesin jahit 75rb", "benerin kompor 40rb"): a cost. Only a tool of
 * her trade counts — "servis motor", "servis hp" is what a workshop or a phone stall sells.
 */
const REPAIR = new Set(['servis', 'service', 'sevis', 'reparasi', 'perbaikan', 'benerin', 'betulin', 'benahi', 'ndandani', 'dandani']);
const TOOLS = new Set(['mesin', 'kompor', 'oven', 'mixer', 'blender', 'freezer', 'frezer', 'kulkas', 'etalase', 'showcase', 'gerobak',
  'rombong', 'setrika', 'setrikaan', 'hairdryer', 'catok', 'catokan', 'pengering', 'timbangan', 'dandang', 'obras', 'kandang', 'steamer',
  'chiller', 'dispenser', 'pompa', 'aerator']);
/**
 * A sack of an ingredient ("tapioka 1 karung", "terigu 25 kg"): a trade's stock of raw material, not
 * a warung's retail — sold by the sack only by a wholesaler, who says "jual".
 */
const BULK_UNITS = new Set(['karung', 'krg', 'sak', 'zak', 'sack', 'sacks']);
const SACK_KG = 25;
/**
 * A stall's staples by the case or can ("minyak 2 dus 360rb", "gula 1 bal", "minyak 1 jerigen"):
 * stock of what her stall cooks with, bought by the case, as by the sack. (Only these: "tahu 2 dus"
 * may be a tofu maker's delivery.) Rice is a staple only so: "beras 5kg 65rb" may be a rice
 * seller's sale and stays asked, "beras warung 25kg 325rb" is the stall's sack.
 */
const STAPLES = new Set(['beras', 'baras', 'minyak', 'terigu', 'tepung', 'gula', 'garam', 'tapioka']);
const CASE_UNITS = new Set(['dus', 'dos', 'karton', 'bal', 'jerigen', 'jeriken', 'jirigen']);
const LITRES = new Set(['liter', 'ltr', 'l', 'lt']);
/** A jerrycan of cooking oil. */
const JERRYCAN_L = 18;
/** Ingredients: bought by most trades, sold by a warung or grocer. An expense, asked. */
const INGREDIENTS = new Set(['tepung', 'terigu', 'maizena', 'tapioka', 'gula', 'telur', 'telor', 'minyak', 'cabe', 'cabai', 'cabé', 'bawang',
  'bumbu', 'santan', 'mentega', 'margarin', 'blueband', 'ragi', 'garam', 'kecap', 'sayur', 'sayuran', 'kelapa', 'tomat', 'kentang',
  'wortel', 'kol', 'kemiri', 'jahe', 'kunyit', 'lengkuas', 'sereh', 'merica', 'micin', 'penyedap', 'coklat', 'keju', 'meses', 'kacang',
  'tahu', 'tempe', 'ragi', 'fermipan', 'baking', 'soda', 'vanili', 'pewarna', 'cokelat', 'pisang', 'singkong', 'ubi']);
/**
 * English ingredients: bought as "tepung", "gula", "telur" are, but in English the goods' name puts
 * them FIRST ("sugar cookies", "egg tart", "chocolate cake"): only the word alone (or "cooking oil",
 * "coconut milk") is the ingredient, a longer name is a dish she sells.
 */
const EN_INGREDIENTS = new Set(['flour', 'sugar', 'oil', 'eggs', 'egg', 'butter', 'margarine', 'salt', 'yeast', 'spices', 'seasoning',
  'chili', 'chilli', 'chilies', 'chillies', 'onions', 'shallots', 'garlic', 'vegetables', 'veggies', 'cornstarch']);
const EN_INGREDIENT_PAIRS = new Set(['cooking oil', 'palm oil', 'coconut milk', 'brown sugar', 'baking powder', 'baking soda', 'wheat flour',
  'rice flour', 'tapioca flour']);

/** Whether the goods are an English ingredient, named alone ("flour", "eggs") or as one of the pairs. */
export function englishIngredient(words: readonly string[]): boolean {
  if (words.length === 1) return EN_INGREDIENTS.has(words[0] as string);
  return words.length === 2 && EN_INGREDIENT_PAIRS.has(`${words[0]} ${words[1]}`);
}
/** What turns an ingredient into a dish she sells: "bawang goreng", "telur gulung", "pisang goreng". */
const COOKED = new Set(['goreng', 'gulung', 'bakar', 'rebus', 'krispi', 'crispy', 'keju', 'balado', 'kukus', 'crispy', 'geprek', 'penyet',
  'sambal', 'sambel', 'mendoan', 'isi', 'bacem', 'asin', 'manis', 'pedas', 'kering', 'molen', 'coklat', 'cokelat', 'nugget',
  // "beras kencur": the jamu she sells by the glass, not rice
  'kencur',
  // Regional dishes: Makassar "pisang epe" (pressed and grilled), "pisang ijo", "pisang sale" (dried), "ayam panggang".
  'epe', 'ijo', 'sale', 'panggang']);
/** "stok …" leading the goods: stock taken in. */
const STOCKING = new Set(['stok', 'stock', 'setok', 'stoking']);
/** Words after "stok" that state what is on the shelf, not what came in. */
const STOCK_STATE = new Set(['akhir', 'awal', 'sisa', 'tinggal', 'masih', 'ada', 'habis', 'abis', 'kosong', 'gudang', 'opname', 'barang']);
/** Trailing words of spending ("bahan brownies abis 145rb"): not part of the goods' name. */
const SPENT = new Set(['abis', 'habis', 'hbs', 'total', 'semua', 'semuanya']);

export type InputKind = 'input' | 'ingredient';

/**
 * Inputs nobody in these trades sells on without saying so: farm inputs and repairs of her own tools
 * ("…, pakan tambahan 1 karung 390rb", "…, servis oven 90rb"). After a sale they are her expense, sure.
 */
export function tradeOnlyInput(item: string | null): boolean {
  const words = (item ?? '').toLowerCase().split(/\s+/);
  const head = words[0] ?? '';
  return FARM_INPUTS.has(head) || (REPAIR.has(head) && TOOLS.has(words[1] ?? ''));
}

/** What the goods of an entry are, by their head word: an input, an ingredient, or neither. */
export function inputKind(item: string | null): InputKind | null {
  if (item === null) return null;
  const words = item.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
  let head = words[0];
  if (head !== undefined && PRINTING.has(head)) head = words[1];
  if (head === undefined) return null;
  if (REPAIR.has(head)) return words[1] !== undefined && TOOLS.has(words[1]) ? 'input' : null;
  // "stok kerudung pashmina 20 pcs @27rb": goods named as stock taken in, bought for her shelf
  // ("stok akhir 20 pcs", "stok masih 5" state what is left: no purchase).
  if (STOCKING.has(head)) return words[1] !== undefined && !STOCK_STATE.has(words[1]) ? 'input' : null;
  if (INPUTS.has(head) || INPUTS.has(`${head} ${words[1] ?? ''}`)) return 'input';
  if (englishIngredient(words)) return 'ingredient';
  if (INGREDIENTS.has(head)) {
    // "bawang goreng 5 toples", "telur gulung 10 tusuk": a dish, goods she sells.
    const second = words[1];
    // ("minyak goreng" is the frying oil itself.)
    if (second !== undefined && COOKED.has(second) && words.length <= 3 && head !== 'minyak') return null;
    return 'ingredient';
  }
  return null;
}

/** The goods' name without trailing words of spending ("bahan brownies abis" → "bahan brownies"). */
export function inputItem(item: string): string {
  const words = item.split(/\s+/);
  while (words.length > 1 && SPENT.has((words[words.length - 1] as string).toLowerCase())) words.pop();
  return words.join(' ');
}

const PURPOSE = new Set(['buat', 'bwt', 'untuk', 'utk', 'gawe', 'nggawe']);
/** Uses in her business that a purpose clause may name. */
const BUSINESS_USES = new Set(['jualan', 'jual', 'dijual', 'dagangan', 'dagang', 'katering', 'catering', 'ketering', 'produksi', 'bikin',
  'bikinan', 'masak', 'masakan', 'warung', 'pesanan', 'pesenan', 'orderan', 'order', 'usaha', 'stok', 'stock', 'jahitan', 'dodolan',
  'adonan', 'kue', 'kulakan',
  // Banjar and Betawi forms of selling on ("tukar minyak gasan bajual": bought to sell)
  'bajual', 'bajualan', 'jualin', 'dijualin', 'ngejual',
  // making, in Banjar ("gasan ulah wadai"), Sundanese ("keur nyieun"), Minang ("untuak mambuek")
  'ulah', 'maulah', 'nyieun', 'mambuek', 'wadai',
  // cooking her goods ("buat goreng kerupuk", "buat kukus kue") and the trade's place ("buat salon", "buat kandang")
  'goreng', 'nggoreng', 'ngegoreng', 'menggoreng', 'kukus', 'ngukus', 'mengukus', 'panggang', 'manggang', 'bakar', 'ngebakar', 'rebus',
  'ngerebus', 'salon', 'laundry', 'londri', 'kandang', 'ternak', 'empang', 'kolam', 'bengkel', 'lapak', 'kios', 'kantin',
  'konveksi', 'packing', 'kemasan', 'ngemas', 'bungkus', 'ngebungkus', 'bungkusin']);
/** Words that say money came in: never a purchase read off a purpose clause. */
const MONEY_IN = new Set(['dp', 'bayar', 'dibayar', 'transfer', 'tf', 'lunas', 'pelunasan', 'terima', 'dapat', 'dapet', 'masuk']);

const T_PURPOSE = trigger(PURPOSE);
/**
 * The purpose clause of a verb-less purchase, as a token mask: "buat sambel jualan" in "cabe
 * 1/2 kg 30rb buat sambel jualan", "buat katering besok" in "belanja sayur buat katering besok
 * 185rb" (its "besok" is the catering's day, not the entry's). Null when there is none, or when
 * a sale word outside it or money coming in says otherwise ("laku 20 nasi box buat katering").
 */
export function purposeClause(a: Analysis): Uint8Array | null {
  if (!present(a, T_PURPOSE)) return null;
  const { tokens } = a;
  let from = -1;
  let to = -1;
  for (let i = 1; i < tokens.length && from < 0; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !PURPOSE.has(t.key)) continue;
    let end = i + 1;
    let use = false;
    while (end < tokens.length) {
      const n = tokens[end] as Token;
      // (An amount spoken in words ends it as one in digits: "buat dagangan lima puluh ribu".)
      if (n.type === T_NUM || a.numIn[end] !== -1 || n.type === T_NL || (n.type === T_PUNCT && n.text !== '-' && n.text !== '/')) break;
      // A selling verb right after the purpose word is a use too: Banjar "gasan bajual", "untuk dijual".
      if (n.type === T_WORD && (PURPOSE.has(n.key) || (end - i <= 4 && BUSINESS_USES.has(n.key)) ||
        (end === i + 1 && (n.f & F_SALE) !== 0 && (n.f & F_WEAK) === 0))) use = true;
      end++;
    }
    if (!use) continue;
    // Goods and money must come before the clause or the amount right after it.
    const before = tokens.slice(0, i).some((x) => x.type === T_WORD);
    if (!before) continue;
    from = i;
    to = end;
  }
  if (from < 0) return null;
  for (let i = 0; i < tokens.length; i++) {
    if (i >= from && i < to) continue;
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f & F_SALE) !== 0 || MONEY_IN.has(t.key)) return null;
  }
  const hide = new Uint8Array(tokens.length);
  for (let i = from; i < to; i++) hide[i] = 1;
  return hide;
}

/**
 * Which entries a purpose clause speaks for: all of a one-line message ("keripik 35 bks, plastik 30rb
 * buat dagangan"), but in a message of several lines only those on the clause's own line — in a
 * day sheet "belanja pasar buat dagangan 180rb" says what that shopping was for, not that the
 * counted goods on the lines above it were bought.
 */
export function purposeReach(tokens: readonly Token[], hide: Uint8Array): (at: number | undefined) => boolean {
  const lineOf = (at: number): number => {
    let n = 0;
    for (let i = 0; i < at; i++) if (tokens[i]?.type === T_NL) n++;
    return n;
  };
  if (!tokens.some((t) => t.type === T_NL)) return () => true;
  const from = hide.indexOf(1);
  const line = lineOf(from < 0 ? 0 : from);
  return (at) => at === undefined || lineOf(at) === line;
}

/** An entry as read, with the notes of its own reading. */
interface ReadEntry {
  kind: string;
  item: string | null;
  /** The token the entry's amount was read at. */
  at?: number;
  confidence: number;
  notes: string[];
}

/**
 * Turns the guessed sales of inputs bought into expenses, in place ("plastik klip 1 pak 12rb").
 * `read[i]` is the reading of `entries[i]`. With a purpose clause every guessed sale is a
 * purchase. Returns what the guess became: 'input' (sure), 'ingredient' (an expense, still
 * asked: a warung may sell it), or null when nothing changed.
 */
export function boughtInputs(read: readonly ReadEntry[],
  entries: { kind: string; item: string | null; unit?: string | null; quantity?: number | null; unitPrice?: number | null }[],
  purpose: ((at: number | undefined) => boolean) | null, tokens?: readonly Token[]): InputKind | null {
  const guessed = read.map((e) => e.kind === 'sale' && e.notes.includes('kind_guessed'));
  if (!guessed.some(Boolean)) return null;
  const kinds = entries.map((e, i) => (guessed[i] ? (purpose?.(read[i]?.at) === true ? 'input' : guessedInputKind(e, tokens)) : null));
  // Every guessed line must be an input: "bros 3 45rb, plastik 5rb" still asks about the brooches.
  if (kinds.some((k, i) => guessed[i] && k === null)) return null;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as { kind: string; item: string | null };
    if (!guessed[i]) continue;
    e.kind = 'expense';
    if (e.item !== null) e.item = inputItem(e.item);
  }
  return kinds.includes('ingredient') ? 'ingredient' : 'input';
}

/**
 * What a line guessed a sale is as an input bought, or null when none. (A module function, not a
 * closure inside boughtInputs: tsx names every closure a function makes, each time it makes it.)
 */
function guessedInputKind(e: { item: string | null; unit?: string | null; quantity?: number | null; unitPrice?: number | null }, tokens?: readonly Token[]): InputKind | null {
  const k = measureOfWares(tokens, e) ? 'ingredient' : inputKind(e.item);
  const unit = e.unit?.toLowerCase() ?? '';
  const sack = BULK_UNITS.has(unit) || (unit === 'kg' && (e.quantity ?? 0) >= SACK_KG);
  const words = e.item?.toLowerCase().split(/\s+/) ?? [];
  const staple = STAPLES.has(words[0] ?? '') && !COOKED.has(words[1] ?? '');
  const bulk = sack || (staple && (CASE_UNITS.has(unit) || (LITRES.has(unit) && (e.quantity ?? 0) >= JERRYCAN_L)));
  // ("beras warung 25kg 325rb": rice, no ingredient by itself, is the stall's stock only by the sack.)
  if (k === null && staple && bulk) return 'input';
  // ("servis kompor 2 unit 60rb": several of them mended may be her repair jobs — asked.)
  if (k === 'input' && REPAIR.has(e.item?.toLowerCase().split(/\s+/)[0] ?? '') && (e.quantity ?? 1) >= 2) return null;
  return k === 'ingredient' && bulk ? 'input' : k;
}
