/**
 * Signs on a line with no sale verb that money came IN to her, so the guessed kind is a sale:
 *
 * - the money received, said of the money: "uangnya sdh diterima", "duitnya udah masuk";
 * - a group of customers acting as buyers: "ibu2 komplek borong sayur …", "arisan ibu2 RT pesen
 *   tumpeng 1, bayar 350rb" — the group ordered or bought FROM her (an arisan that orders is her
 *   customer, not her own arisan pot);
 * - someone who had her service: "ada yang creambath sama potong, bayar 100rb";
 * - people served, each at a price: "paket data 3 orang @25rb", "les 4 orang @50rb";
 * - top-ups filled for people, each at a price: "isi pulsa 5 org @22rb" ("isi" is her paying
 *   only for her own phone: filled for five people at a price each, she sold them; topUpsSold).
 *
 * WHY: with no verb the kind was a guess and she was asked, or a paying word ("bayar") was read as
 * her paying. These words say who paid whom. Only listed words decide; her trade's inputs
 * (business-inputs.ts) are never made a sale here, and workers counted by the person ("tukang 2
 * orang @150rb") are her wages paid.
 */
import type { Analysis } from './analyze.ts';
import { inputKind } from './business-inputs.ts';
import { KIN } from './kin-money.ts';
import { kindNamed } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import { paidUpFrontAt } from './paid-up-front.ts';
import { isServiceWord } from './service-work.ts';
import { present, trigger } from './triggers.ts';
import { F_FUTURE, F_NEG } from './word-roles.ts';

/** A group that orders from her: neighbours, an arisan, an office, a prayer group. */
const CUSTOMER_GROUPS = new Set(['ibu2', 'ibu-ibu', 'ibuk2', 'emak2', 'mak2', 'bapak2', 'bapak-bapak', 'bpk2', 'arisan', 'pengajian',
  'majelis', 'komplek', 'kompleks', 'perumahan', 'rt', 'rw', 'pkk', 'dasawisma', 'posyandu', 'kantor', 'sekolah', 'warga', 'tetangga',
  'tetangga2', 'gang', 'blok', 'kampung', 'sebelah']);
/** What the group did as her buyer. */
const GROUP_ACTS = new Set(['pesan', 'pesen', 'mesen', 'memesan', 'order', 'ngorder', 'borong', 'mborong', 'memborong', 'ngeborong',
  'beli', 'membeli', 'ambil', 'ngambil']);
/** "ada yang", "ada yg": someone, a customer, when her service follows. */
const SOMEONE = new Set(['yang', 'yg']);
/** Haircuts, said without the word "rambut": a salon's job when someone had it. */
const CUTS = new Set(['potong', 'cukur', 'gunting', 'cuci', 'keramas', 'blow', 'catok']);

/**
 * Whether token i is a buyer's act of a group ("arisan ibu2 RT pesen") or a service someone had
 * ("ada yang creambath"): the words before it, back to the clause's start, are all group words.
 */
export function customerActAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || t.type !== T_WORD) return false;
  if (GROUP_ACTS.has(t.key)) {
    let k = i - 1;
    let group = false;
    while (k >= 0 && k >= i - 4 && tokens[k]?.type === T_WORD && CUSTOMER_GROUPS.has((tokens[k] as Token).key)) {
      group = true;
      k--;
    }
    return group;
  }
  if (isServiceWord(t.key) || CUTS.has(t.key)) {
    return SOMEONE.has(tokens[i - 1]?.key ?? '') && tokens[i - 2]?.key === 'ada';
  }
  return false;
}

/** Words of money received, after "uangnya"/"duitnya" ("uangnya sdh diterima"). */
const MONEY = new Set(['uangnya', 'duitnya', 'uang', 'duit', 'bayarannya', 'pembayarannya']);
const RECEIVED = new Set(['diterima', 'terima', 'masuk', 'dikasih', 'dikasihkan']);
const DONE = new Set(['sudah', 'udah', 'dah', 'sdh', 'udh', 'telah', 'wis', 'uwis', 'wes', 'sampun', 'geus', 'langsung', 'lgsg']);
/** People served, as the unit of the count. */
const PEOPLE = new Set(['orang', 'org', 'anak', 'pelanggan', 'pasien', 'murid', 'siswa', 'kepala']);
/** People she pays by the head: wages, not takings. */
const WORKERS = new Set(['tukang', 'kuli', 'buruh', 'pekerja', 'karyawan', 'pegawai', 'helper', 'asisten', 'kenek', 'kernet', 'sopir', 'supir',
  'upah', 'gaji', 'ongkos', 'makan', 'konsumsi', 'tiket', 'ongkir', 'transport']);

const T_SIGNS = trigger(MONEY, CUSTOMER_GROUPS, PEOPLE, ['ada']);

/** "uangnya sdh diterima": the money itself received, not negated or still to come. */
function moneyReceived(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!MONEY.has((tokens[i] as Token).key)) continue;
    let j = i + 1;
    while (j < tokens.length && DONE.has((tokens[j] as Token).key)) j++;
    const r = tokens[j];
    if (r?.type === T_WORD && RECEIVED.has(r.key) && !tokens.slice(i + 1, j).some((u) => (u.f & (F_NEG | F_FUTURE)) !== 0)) return true;
  }
  return false;
}

interface GuessedEntry {
  kind: string;
  item: string | null;
  unit: string | null;
  unitPrice: number | null;
  notes: string[];
  confidence: number;
}

/**
 * Names the kind of guessed sales when a sign says money came in (see the file comment), in place.
 * Every entry must be a guessed sale and none an input of her trade.
 */
export function moneyCameInKind(a: Analysis, entries: GuessedEntry[]): void {
  if (entries.length === 0 || !present(a, T_SIGNS)) return;
  if (!entries.every((e) => e.kind === 'sale' && e.notes.includes('kind_guessed') && inputKind(e.item) === null)) return;
  const { tokens } = a;
  const served = entries.every((e) => e.unitPrice !== null && PEOPLE.has(e.unit ?? '') &&
    !(e.item ?? '').split(/\s+/).some((w) => WORKERS.has(w.toLowerCase())));
  const group = tokens.some((_, i) => customerActAt(tokens, i)) && paidUpFrontAt(a) !== null;
  if (!(served || group || moneyReceived(tokens))) return;
  for (const e of entries) kindNamed(e);
}

/** Her own people, whose top-ups are the home's ("isi pulsa anak 2 orang @25rb"): never sold. */
const HOME = new Set([...KIN, 'anak', 'anakku', 'anak2', 'suami', 'suamiku', 'istri', 'adik', 'adikku', 'kakak', 'kakakku', 'sendiri',
  'keluarga', 'mertua', 'ponakan', 'keponakan', 'cucu', 'cucuku', 'saya', 'aku', 'ku']);
/** Filling a top-up: "isi pulsa", "ngisiin token". */
const FILL = new Set(['isi', 'ngisi', 'ngisiin', 'isiin', 'isikan', 'ngisikan', 'mengisi']);
/** What a top-up seller fills. */
const TOP_UPS = new Set(['pulsa', 'token', 'paket', 'kuota', 'data', 'voucher', 'vocer']);

/**
 * "isi pulsa 5 org @22rb": top-ups filled for people counted, each at a price, are top-ups she
 * sold (in place). Every entry must be such an expense: the count's unit a person, a price each,
 * no worker among its goods; "isi pulsa 20rb" (no people) stays as it was read.
 */
export function topUpsSold(a: Analysis, entries: GuessedEntry[]): void {
  if (entries.length === 0 || !present(a, T_SIGNS)) return;
  const { tokens } = a;
  const fills = tokens.some((t, i) => t.type === T_WORD && FILL.has(t.key) && TOP_UPS.has((tokens[i + 1] as Token | undefined)?.key ?? ''));
  if (!fills || tokens.some((t) => t.type === T_WORD && HOME.has(t.key))) return;
  if (!entries.every((e) => e.kind === 'expense' && e.unitPrice !== null && PEOPLE.has(e.unit ?? '') &&
    !(e.item ?? '').split(/\s+/).some((w) => WORKERS.has(w.toLowerCase())))) return;
  for (const e of entries) e.kind = 'sale';
}
