/**
 * Nouns that name a cost of running the business, written with no verb: "parkir 2rb",
 * "ojek antar pesanan 12rb", "retribusi pasar 3rb", "out 40rb plastik". They act as weak
 * expense verbs that also name the item (as "ongkir", "sewa", "listrik" do).
 *
 * Supplies ("es batu", "gas", "plastik", "galon") are costs for most members but goods for
 * a warung that sells them: read as an expense, but asked (record.ts: "supply_guessed").
 * A strong sale verb still wins ("laku es batu 5rb", "jual gas 3kg 22rb").
 */
import type { Token } from './lexer.ts';
import { T_NUM, T_WORD } from './lexer.ts';
import { F_NUMWORD, G_HUNDRED, G_TEENS, G_TENS } from './word-roles.ts';

/**
 * Advertising an online seller pays for: "topup iklan shopee 50rb", "boost ig 3 hari 75k", "endorse
 * selebgram lokal 150k", "ads fb 100rb". Money out for the business, never a sale (a strong sale
 * verb still wins: "jual jasa boost ig 50rb"; money received with them is asked, as for any cost).
 */
export const AD_COSTS = ['iklan', 'iklannya', 'ngiklan', 'ngiklanin', 'ads', 'adsnya', 'boost', 'boosting', 'ngeboost', 'promote',
  'endorse', 'endorsement', 'endors', 'ngendorse', 'fbads', 'igads', 'tiktokads', 'googleads', 'adwords'];
/** Costs nobody sells to her customers: confident expenses. */
// ("admin shopee 3rb": the marketplace's fee on an online sale, under a sales heading too.)
export const COST_NOUNS = ['parkir', 'parkiran', 'ojek', 'ojeg', 'ojol', 'gojek', 'angkot', 'retribusi', 'pajak', 'kebersihan',
  'keamanan', 'admin', ...AD_COSTS];
/**
 * The same costs in English, as members who write English or half-English name them ("…, shipping
 * 10k", "…, electricity 75k", "…, wages 100k"): confident expenses, as "ongkir", "listrik", "gaji".
 * ("gas" is not here: it is also goods a gas agent sells, cylinderSizes/gasBought below.)
 */
export const EN_COST_NOUNS = ['shipping', 'delivery', 'postage', 'courier', 'electricity', 'petrol', 'gasoline', 'fuel', 'parking',
  'wages', 'wage', 'salary', 'salaries', 'tax', 'taxes', 'commission', 'transportation', 'rental', 'utilities'];
// ("fees" is left out: "school fees 100k" after a sale is money for the home, carried-kind.ts homeCarried.)
/** What a marketplace keeps of a sale ("potongan marketplace 2rb"): a cost, not a discount she gave. */
export const PLATFORM_CUTS = ['potongan marketplace', 'potongan shopee', 'potongan tokopedia', 'potongan tokped', 'potongan lazada',
  'potongan tiktok', 'potongan aplikasi', 'potongan admin', 'potongan platform', 'potongan gojek', 'potongan grab'];
/** "out 40rb plastik": money out, as "keluar" (the item comes after it). */
export const OUT_WORDS = ['out', 'outcome', 'cash out', 'cashout'];
/** Supplies she may also sell: an expense asked about. */
// ("gas" alone is also "let's go!": it stays an unknown word, asked as any verb-less amount.)
export const SUPPLY_NOUNS = ['elpiji', 'lpg', 'plastik', 'kresek', 'galon', 'es batu'];
const SUPPLIES = new Set(SUPPLY_NOUNS);

/**
 * Costs that are also a service she may sell: "rental ps hari ini 150rb" (a PlayStation rental
 * is a common small business), "delivery 5 box 150k" (her deliveries). With no other verb the
 * direction is unsaid: asked, with the question of whose it is (`rent_whose`, `postage_whose`).
 */
const SERVICE_COSTS: ReadonlyMap<string, 'rent_whose' | 'postage_whose'> = new Map([['rental', 'rent_whose'], ['rentalan', 'rent_whose'],
  ['delivery', 'postage_whose'], ['deliveries', 'postage_whose']]);

/** The question to ask when the only verbs of the message are SERVICE_COSTS, or null. */
export function serviceCostOnly(tokens: readonly Token[]): 'rent_whose' | 'postage_whose' | null {
  let note: 'rent_whose' | 'postage_whose' | null = null;
  for (const t of tokens) {
    if (t.type !== T_WORD || t.info?.kind === undefined) continue;
    const n = SERVICE_COSTS.get(t.key);
    if (n === undefined) return null;
    note = n;
  }
  return note;
}

/**
 * Words after a supply noun naming its use in her trade: "plastik kemasan", "plastik laundry",
 * "plastik packing" are her packaging, not the bags a warung sells ("plastik es", "plastik 1 pak").
 */
// (Kinds of bag — "plastik klip", "plastik es" — are what a warung sells too: those stay asked.)
const TRADE_USE = new Set(['kemasan', 'packing', 'packaging', 'laundry', 'londri', 'sablon', 'jualan', 'dagangan', 'usaha', 'salon',
  'kandang', 'produksi', 'olshop']);

/**
 * Whether the only verbs of the message (or of tokens from..to) are supply nouns ("gas 3kg 22rb"):
 * the kind is a guess.
 */
export function onlySupplyVerbs(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  let supply = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (gasBought(tokens, i)) supply = true;
    if (t.info?.kind === undefined) continue;
    if (!SUPPLIES.has(t.key)) return false;
    // ("plastik kemasan 2 kg 60rb": named as her packaging, no guess.)
    const next = tokens[i + 1];
    if (next?.type === T_WORD && (TRADE_USE.has(next.key) || TRADE_USE.has(next.text))) continue;
    supply = true;
  }
  return supply;
}

/** What may follow "gas" when it is the cooking gas bought: a number, or the cylinder's name. */
const GAS_NEXT = new Set(['elpiji', 'lpg', 'melon', 'tabung', 'isi', 'ulang']);

/**
 * "gas 3kg 22rb", "gas elpiji 22rb": cooking gas, a supply bought (asked, as the others). Not
 * "gas terus bu" (let's go): only before a number or the cylinder's name.
 */
export function gasBought(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD || t.key !== 'gas') return false;
  const n = tokens[i + 1];
  // (A number may be spelled: "gas tiga kilo", voice-typed.)
  return n !== undefined && (n.type === T_NUM || (n.type === T_WORD && (GAS_NEXT.has(n.key) || (n.f & F_NUMWORD) !== 0)));
}

/** Kilogram sizes of gas cylinders: "gas 3kg", "elpiji 12 kg" name the cylinder, not a count. */
const CYLINDERS = new Set([3, 5, 12, 50]);
const GAS = new Set(['gas', 'elpiji', 'lpg', 'tabung', 'melon']);

/**
 * Token indexes of a cylinder size right after a gas word ("gas 3kg 22rb": 3 kg is which
 * cylinder): the number and its unit, to be marked as not a quantity and not money.
 */
export function cylinderSizes(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    const n = tokens[i] as Token;
    const u = tokens[i + 1] as Token;
    const g = tokens[i - 1] as Token;
    if (u.type !== T_WORD || u.key !== 'kg' || g.type !== T_WORD || !GAS.has(g.key)) continue;
    if (n.type === T_NUM && n.num?.plain && CYLINDERS.has(n.num.value.m)) out.push(i, i + 1);
    // Voice typing spells the size: "gas elpiji tiga kilo dua tabung empat puluh empat ribu".
    else if (n.type === T_WORD && (n.f & F_NUMWORD) !== 0 && (n.f2 & (G_HUNDRED | G_TENS | G_TEENS)) === 0 && CYLINDERS.has(n.info?.num ?? 0)) out.push(i, i + 1);
  }
  return out;
}
