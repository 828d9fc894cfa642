/**
 * "jual hp lama 700rb", "jual motor 8jt", "kulkas bekas laku 1,2jt": a phone, a motorbike or a
 * fridge of her own sold is money into the household, not her trade's takings — unless she
 * trades in them. Neither is recorded unasked unless the message says which:
 *
 * - vehicles and household appliances sold (motor, mobil, sepeda, kulkas, tv, mesin cuci,
 *   lemari, kasur): asked (`own_goods_sold`);
 * - a phone or laptop sold with an own/old word (lama, bekas, pribadi, sendiri, punya saya):
 *   asked; "jual hp 2 unit 3jt" alone may be a phone counter's sale and stays as read;
 * - the trade said (stok, dagangan, pelanggan, konsumen, buat dijual, unit counted > 1): as read.
 * - her household selling what the household owns (`FAMILY_ASSETS`: cattle, goats, land, a house, a
 *   vehicle, a phone), the seller named before the verb: "Suamiku adol sapi 15jt rek", "bapake jual
 *   kambing 3jt", "anakku jual hp 1,5jt" — his or the home's money, not her trade's: asked. Her family
 *   selling her wares stays her sale ("anak saya jual 5 kue @3rb", family-sellers.ts), and so does a
 *   trade word ("stok", "dagangan").
 * Gold has its own reader (gold.ts).
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { FAMILY } from './money-owner.ts';
import { F_SALE, F_WEAK } from './word-roles.ts';
import type { ParsedEntry } from './types.ts';

/** Goods a household owns and rarely trades in: sold, they are asked about whatever is said. */
const HOUSEHOLD = new Set(['motor', 'mobil', 'sepeda', 'kulkas', 'tv', 'televisi', 'lemari', 'kasur', 'mesin cuci', 'sofa', 'springbed']);
/** Goods a counter may trade in: asked only when said to be her own or old. */
const DEVICES = new Set(['hp', 'handphone', 'henpon', 'laptop', 'hape', 'tablet', 'komputer']);
const OWN = new Set(['lama', 'bekas', 'pribadi', 'sendiri', 'punyaku', 'saya', 'aku', 'suami', 'anak', 'second', 'seken']);
const TRADE = new Set(['stok', 'stock', 'dagangan', 'jualan', 'pelanggan', 'konsumen', 'customer', 'pembeli', 'counter', 'konter',
  'unit', 'untung', 'laba', 'kulakan', 'reseller']);

/**
 * What a household owns and sells once, not wares: livestock, land, a house, vehicles and devices.
 * Asked only when her household is the seller ("suami jual sapi"); "jual kambing 3jt" may be her trade.
 */
const FAMILY_ASSETS = new Set(['sapi', 'kambing', 'wedus', 'wedhus', 'embe', 'domba', 'kerbau', 'kebo', 'kuda', 'babi', 'tanah', 'sawah',
  'kebun', 'ladang', 'pekarangan', 'rumah', 'kavling', 'kapling', ...HOUSEHOLD, ...DEVICES]);
/** Her household as the seller, beyond FAMILY: "suamiku", "bapake", regional words for husband and child. */
const HOUSEHOLD_SELLERS = new Set([...FAMILY, 'bapake', 'misua', 'laki', 'lakiku', 'anak2', 'anak-anak']);
/** Sale verbs in the forms a seller's sentence uses: "jual", "adol", "dijual", "ngedol". */
const SOLD_BY = new Set(['jual', 'menjual', 'jualin', 'dijual', 'adol', 'ngedol', 'dodol', 'ngadol', 'laku', 'payu']);
/** Words that say the family sells her wares for her: "suami bantu jualin", "anak yang jaga warung". */
const FOR_HER = new Set(['bantu', 'bantuin', 'ngebantu', 'membantu', 'tolong', 'nolong', 'nolongin', 'yang', 'yg']);
const MY = new Set(['saya', 'sy', 'aku', 'ku', 'q', 'gue', 'gw', 'abdi', 'tadi', 'td', 'udah', 'sudah', 'wis', 'wes', 'kemarin', 'kmrn']);

/** Her household named as the seller, right before the sale verb: "Suamiku adol sapi", "anak saya tadi jual hp". */
function householdSells(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !HOUSEHOLD_SELLERS.has(t.key)) continue;
    let j = i + 1;
    while (j < tokens.length && (tokens[j] as Token).type === T_WORD && MY.has((tokens[j] as Token).key)) j++;
    const v = tokens[j];
    if (v !== undefined && v.type === T_WORD && !FOR_HER.has(v.key) && (SOLD_BY.has(v.key) || ((v.f & F_SALE) !== 0 && (v.f & F_WEAK) === 0))) return true;
  }
  return false;
}

/** Whether a sale is of a household asset (`FAMILY_ASSETS`, any count), her household named as its seller. */
export function householdAssetSold(a: Analysis, entries: readonly ParsedEntry[]): boolean {
  if (!entries.some((e) => e.kind === 'sale' && e.item !== null && FAMILY_ASSETS.has(e.item.split(' ')[0] as string))) return false;
  return householdSells(a.tokens) && !a.tokens.some((t) => t.type === T_WORD && TRADE.has(t.key));
}

/** Whether a sale in the message may be her own goods sold rather than her trade's. */
export function ownGoodsSold(a: Analysis, entries: readonly ParsedEntry[]): boolean {
  // "Suamiku adol sapi 15jt rek": the household's cow, sold by her husband (see the file comment).
  if (householdAssetSold(a, entries)) return true;
  const sale = entries.find((e) => e.kind === 'sale' && e.item !== null && (e.quantity === null || e.quantity <= 1));
  if (sale === undefined || sale.item === null) return false;
  const head = sale.item.split(' ');
  const two = head.slice(0, 2).join(' ');
  const household = HOUSEHOLD.has(head[0] as string) || HOUSEHOLD.has(two);
  // (Goods of neither kind end it here, before the message's words are gathered.)
  if (!household && !DEVICES.has(head[0] as string)) return false;
  const words = a.tokens.filter((t) => t.type === T_WORD).map((t) => t.key);
  if (words.some((w) => TRADE.has(w))) return false;
  return household || words.some((w) => OWN.has(w));
}
