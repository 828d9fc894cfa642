/**
 * Her paying back a debt of her own: Javanese and Sundanese "nyaur" (pays back what is owed), read as
 * "bayar" (regional-words.ts). "nyaur Yu Sarmi 40rb", "nyaur utang Yu Sarmi 40rb": she repaid Yu Sarmi —
 * a debt of hers, not a cost of the business, nor Yu Sarmi paying her. Which debt it was (goods taken
 * on credit for the business, or money borrowed for the home) is hers to say: never recorded unasked
 * as an expense or as a customer's payment (`debt_repaid`).
 *
 * WHY only these words: "bayar" alone is every kind of paying; "nyaur" says the money settles a debt
 * and, with no payer before it, that she is the one settling it. The passive "disaur" (paid back BY
 * someone) and a payer at the head ("Yu Sarmi nyaur 40rb": she was paid) are left as read.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import { F_PAYVERB, G_HONORIFIC } from './word-roles.ts';
import { payerAtHead } from './payer-head.ts';
import { present, trigger } from './triggers.ts';
import type { ParseResult } from './types.ts';

/** Paying back, active, as written (the lexer reads them "bayar"). */
const REPAYS = new Set(['nyaur', 'nyaor', 'nyahur', 'nyauri', 'nyaurin', 'nyaurake']);
const T_REPAYS = trigger(REPAYS);

/**
 * Makassar "na-" (he or she) paying, as written (regional-words.ts reads them "dibayar"): "nabayarmi utangna
 * 100rb" — someone paid a debt, but with no payer named it may be a customer's debt paid to her (not a new
 * sale) or a debt paid for her: asked (`someone_paid`) unless it was read as a named payer's payment.
 */
const THEY_PAID = new Set(['nabayarmi', 'nabayar', 'nabayarki', 'nabayarmo', 'nalunasimi', 'nalunasi']);
const T_THEY_PAID = trigger(THEY_PAID);

/**
 * A debt named with its owner's ending after her paying verb: "bayar utangnya ke Bu Sri 150rb", "wis tak
 * bayar kabeh utange nang Bu Sri", "bayar utangku ke warung 50rb". She settles a debt — hers, or one she
 * was owed? Read as her spending it is asked (`debt_repaid`), never a cost recorded unasked.
 */
const DEBT_OWNED = new Set(['utangnya', 'hutangnya', 'utangku', 'hutangku', 'bonnya',
  'kasbonnya', 'utangmu', 'hutangmu']);
const ALL = new Set(['kabeh', 'semua', 'smua', 'sisa', 'sisanya', 'seluruh']);
const T_DEBT_OWNED = trigger(DEBT_OWNED);

/** How far after a fronted debt its paying verb may stand ("utange wis tak bayar", "utangku udah kubayar"). */
const FRONTED_REACH = 3;

function paysOwnedDebt(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    if (!DEBT_OWNED.has(tokens[i]?.key ?? '')) continue;
    const before = ALL.has(tokens[i - 1]?.key ?? '') ? i - 2 : i - 1;
    if (((tokens[before]?.f ?? 0) & F_PAYVERB) !== 0) return true;
    // The debt said first, the paying after it ("utange wis tak bayar 100rb", "utangnya udah aku
    // bayar"): the same settling, in the order speech puts the thing talked about first.
    for (let k = i + 1; k < tokens.length && k <= i + FRONTED_REACH; k++) {
      const t = tokens[k];
      if (t === undefined || t.type !== T_WORD) break;
      if ((t.f & F_PAYVERB) !== 0) return true;
    }
  }
  return false;
}

/**
 * A tab or debt word, bare, after her paying verb and before the person it is owed to: "beta su bayar
 * bon mama Yuli 50rb" (eastern Malay: I paid my tab at Mama Yuli's), "bayar kasbon ke bu Tini 30rb".
 * Her own debt settled, as "nyaur Yu Sarmi": read as an expense it is asked (`debt_repaid`). A tab at
 * a place ("bayar bon ke grosir") names no person: left as read.
 */
const TABS = new Set(['bon', 'kasbon', 'bonan', 'utang', 'hutang', 'utangan', 'hutangan']);
const T_TABS = trigger(TABS);
/** Words before whom a tab is owed: "ke bu Tini", "di mama Yuli", "sama kak Rina". */
const TO_WORDS = new Set(['ke', 'di', 'sama', 'sm', 'ama', 'nang', 'neng', 'nggon', 'ka', 'pa', 'par']);
/** Eastern and Sumatran titles "mama", "mace", "mak" before a name (kin words elsewhere, so not G_HONORIFIC). */
const TAB_TITLES = new Set(['mama', 'mamak', 'mak', 'mace', 'papa', 'pace']);

function paysTabToPerson(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 1; i < tokens.length; i++) {
    if (!TABS.has(tokens[i]?.key ?? '') || ((tokens[i - 1]?.f ?? 0) & F_PAYVERB) === 0) continue;
    const j = TO_WORDS.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
    const who = tokens[j];
    if (who !== undefined && who.type === T_WORD && ((who.f2 & G_HONORIFIC) !== 0 || TAB_TITLES.has(who.key)) && tokens[j + 1]?.type === T_WORD) return true;
  }
  return false;
}

/**
 * Whoever sold to her, after "ke": "dibayar utangnya ke supplier 300rb" — a debt paid TO her supplier is
 * money going out (hers, or paid for her), never a sale; asked (`debt_repaid`).
 */
const SUPPLIERS = new Set(['supplier', 'suplier', 'suplayer', 'supplayer', 'pemasok', 'distributor', 'grosir', 'agen', 'juragan',
  'tengkulak', 'pabrik', 'sales']);

function debtToSupplier(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 1; i < tokens.length; i++) {
    if (SUPPLIERS.has(tokens[i]?.key ?? '') && TO_WORDS.has(tokens[i - 1]?.key ?? '')) return true;
  }
  return false;
}

/**
 * Her worker at the head paying back a tab or an advance: "karyawan bayar kasbon 100rb", "pegawai nyicil
 * kasbon 50rb", "anak buah balikin utang 200rb". Money coming back to her, never her expense nor her own
 * instalment: asked (`worker_repaid`). ("bayar kasbon karyawan 100rb", the worker after the verb, is her
 * paying the advance out: left as read.)
 */
const WORKERS = new Set(['karyawan', 'karyawanku', 'pegawai', 'pegawaiku', 'pekerja', 'anakbuah', 'asisten', 'helper', 'kuli',
  'tukang', 'sopir', 'supir', 'kurir', 'art', 'pembantu', 'buruh', 'crew', 'kru', 'staf', 'staff']);
const T_WORKERS = trigger(WORKERS);
/** Paying back, beyond F_PAYVERB and the instalment words: "balikin", "ngembaliin", "nyicil". */
const GIVES_BACK = new Set(['balikin', 'mbalikin', 'ngembaliin', 'mengembalikan', 'kembaliin', 'nyicil', 'cicil', 'nyetor', 'setor',
  'nyaur', 'lunasin', 'ngelunasin', 'nglunasi']);
/** How far after the worker the repaying verb and the tab may stand ("karyawan tadi udah bayar kasbon"). */
const WORKER_REACH = 5;

/** Whether the words after the payer at `at` pay (a paying or giving-back word) and then name a tab or debt, within reach. */
function paysTabAfter(tokens: readonly Token[], at: number): boolean {
  let pays = false;
  for (let k = at + 1; k < tokens.length && k <= at + WORKER_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || t.type !== T_WORD) return false;
    if ((t.f & F_PAYVERB) !== 0 || GIVES_BACK.has(t.key) || GIVES_BACK.has(t.text)) pays = true;
    else if (pays && (TABS.has(t.key) || DEBT_OWNED.has(t.key))) return true;
  }
  return false;
}

function workerRepays(a: Analysis): boolean {
  const { tokens } = a;
  let at = 0;
  if (tokens[at]?.key === 'si' || tokens[at]?.key === 'tadi') at++;
  if (!WORKERS.has(tokens[at]?.key ?? '')) return false;
  return paysTabAfter(tokens, at);
}

/**
 * A seller described at the head paying a tab: "yang jualan sayur bayar utang 45rb", "penjual bakso nyicil bon
 * 20rb" — a third person paying (her customer paying her, or a tab elsewhere), never her own instalment
 * unasked (`someone_paid`).
 */
const SELLER_HEADS = new Set(['penjual', 'pedagang', 'bakul', 'pengecer']);
const WHO_SELLS = new Set(['jualan', 'jual', 'dagang', 'jualannya', 'dagangan']);
function sellerRepays(a: Analysis): boolean {
  const { tokens } = a;
  let at = 0;
  if (tokens[at]?.key === 'tadi' || tokens[at]?.key === 'td') at++;
  const head = tokens[at]?.key ?? '';
  if ((head === 'yang' || head === 'yg') && WHO_SELLS.has(tokens[at + 1]?.key ?? '')) at++;
  else if (!SELLER_HEADS.has(head)) return false;
  return paysTabAfter(tokens, at);
}

/** Paid in the passive: "tukang sayur udah dibayar 45rb" — she paid the vendor, or was paid? */
const PAID_PASSIVE = new Set(['dibayar', 'dilunasi', 'dilunasin', 'ditransfer']);
const ALREADY = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'tadi', 'td', 'baru']);
/** "tukang sayur udah dibayar 45rb": a worker or vendor opening the message, paid — by her, most likely: never her sale unasked. */
function workerPaidPassive(a: Analysis): boolean {
  const { tokens } = a;
  if (!WORKERS.has(tokens[0]?.key ?? '')) return false;
  for (let k = 1; k < tokens.length && k <= WORKER_REACH; k++) {
    const t = tokens[k];
    if (t === undefined || t.type !== T_WORD) return false;
    if (PAID_PASSIVE.has(t.key)) return true;
    if (k > 2 && !ALREADY.has(t.key)) return false;
  }
  return false;
}

export function guardDebtRepaid(a: Analysis, r: ParseResult): ParseResult {
  const sure = r.confidence > C_DOUBT;
  if (sure && (r.intent === 'repayment' || r.intent === 'record') && sellerRepays(a)) return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'someone_paid'] };
  if (sure && r.intent === 'record' && r.entries.some((e) => e.kind === 'sale') && present(a, T_WORKERS) && workerPaidPassive(a)) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'work_pay_unclear'] };
  }
  if (sure && (r.intent === 'record' || r.intent === 'repayment') && present(a, T_WORKERS) && workerRepays(a)) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'worker_repaid'] };
  }
  if (sure && r.intent === 'record' && present(a, T_DEBT_OWNED) && r.entries.length > 0 &&
    r.entries.some((e) => e.kind === 'sale') && paysOwnedDebt(a) && debtToSupplier(a)) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'debt_repaid'] };
  }
  if (r.confidence > C_DOUBT && r.intent === 'record' && present(a, T_DEBT_OWNED) && r.entries.length > 0 &&
    r.entries.every((e) => e.kind === 'expense') && paysOwnedDebt(a)) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'debt_repaid'] };
  }
  if (r.confidence > C_DOUBT && r.intent === 'record' && present(a, T_TABS) && r.entries.length > 0 &&
    r.entries.every((e) => e.kind === 'expense') && payerAtHead(a) === null && paysTabToPerson(a)) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'debt_repaid'] };
  }
  if (r.confidence > C_DOUBT && r.intent === 'record' && present(a, T_THEY_PAID) && a.tokens.some((t) => t.type === T_WORD && THEY_PAID.has(t.text))) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'someone_paid'] };
  }
  if (r.confidence <= C_DOUBT || !present(a, T_REPAYS)) return r;
  const spent = r.intent === 'record' && r.entries.length > 0 && r.entries.every((e) => e.kind === 'expense');
  if (!spent && r.intent !== 'payment_received') return r;
  if (!a.tokens.some((t) => t.type === T_WORD && REPAYS.has(t.text)) || payerAtHead(a) !== null) return r;
  return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'debt_repaid'] };
}
