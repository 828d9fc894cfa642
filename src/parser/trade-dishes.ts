/**
 * Cooking her wares: "tuku gas 2 nggo masak gudeg 44rb", "beli minyak buat masak gorengan". "masak"
 * after a purpose word is the home's cooking ("buat masak", "untuk masak di rumah": asked), unless
 * what is cooked is a dish sold by the portion that a home does not cook under that name: then it is
 * "bikin" — making her goods, a cost of the business, as "buat bikin gudeg" already reads.
 *
 * Only stall dishes are listed: not "nasi", "sayur", "sop", "opor", "kue" (a home cooks them too).
 */
const TRADE_DISHES = new Set(['gudeg', 'pecel', 'ketoprak', 'bakso', 'siomay', 'batagor', 'cilok', 'cireng', 'cimol', 'seblak', 'pempek',
  'empek', 'empek-empek', 'martabak', 'gorengan', 'risol', 'risoles', 'lemper', 'bakwan', 'mendoan', 'jajanan', 'lontong', 'tumpeng',
  'nasbox', 'dimsum', 'basreng', 'makaroni', 'pisgor', 'cakwe', 'molen', 'lumpia', 'lunpia', 'pukis', 'serabi', 'surabi', 'klepon',
  'songkolo', 'jalangkote', 'wadai', 'kolak', 'cendol', 'dawet']);

/** Cooking words: "masak", "memasak", Javanese "olah". */
const COOK = new Set(['masak', 'memasak', 'masakin']);

/**
 * Snacks as cooked goods: "buat masak jajan" — a home buys its snacks, she cooks them to sell. Not
 * when a home word follows ("masak jajan anak", "masak jajan buat di rumah"): then it is the home's.
 */
const SNACKS = new Set(['jajan', 'jajane', 'jajanan2', 'snack', 'camilan', 'cemilan']);
const HOME_AFTER = new Set(['anak', 'anakku', 'anak2', 'bocah', 'cucu', 'rumah', 'dirumah', 'keluarga', 'sendiri', 'buat', 'untuk']);

/**
 * Whether `cook` is a cooking word and `dish` (the word after it, as written) one of her stall
 * dishes; `after` is the word after the dish.
 */
export function cooksWares(cook: string, dish: string | undefined, after?: string): boolean {
  if (!COOK.has(cook) || dish === undefined) return false;
  return TRADE_DISHES.has(dish) || (SNACKS.has(dish) && !HOME_AFTER.has(after ?? ''));
}
