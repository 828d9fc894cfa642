/**
 * Service work named without a verb: "cucian bu Ani 4kg 7rb/kg", "jahit kebaya bu RT 120rb",
 * "cuci sepatu 3 psg 20rb per psg". A woman who takes in washing, sewing or haircuts earns by
 * the job, so a line that names her work and its money, with no buying or paying verb, is her
 * sale. With "bayar"/"beli"/"ongkos" the line has a verb and is read by it (paid to a tailor,
 * to a laundry), so this is asked only of lines that have no verb at all.
 *
 * Some words are her work only with a sign it was done for someone: "setrika 150rb" may be an
 * iron bought, "pijat 80rb" a massage she had, "les 200rb" her child's lessons. Those need a
 * count of jobs ("3 kg", "2 anak") or a customer named ("bu Sri").
 */
import type { Analysis } from './analyze.ts';
import { costGoods } from './carried-kind.ts';
import { C_NO_VERB, kindNamed } from './confidence.ts';
import type { El } from './entry-elements.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_NL, T_NUM, T_WORD, type Token } from './lexer.ts';
import { customerRepair, ownErrand, ownPrint } from './own-errand.ts';
import { F_FUTURE, F_NEG, F_SALE, G_CREDIT } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Words that alone name paid work she does for customers. */
const WORK = new Set([
  'laundry', 'laundri', 'londri', 'loundry', 'laundryan', 'cucian', 'setrikaan', 'nyetrika', 'nyetrikain', 'nyetrikan', 'strikaan',
  'jahit', 'jahitan', 'njahit', 'menjahit', 'jait', 'jaitan', 'vermak', 'permak', 'vermakan', 'permakan', 'obras', 'ngobras',
  'obrasan', 'katering', 'catering', 'ngajar', 'mengajar', 'ngelesin', 'ngeles',
  // A rider's trips ("ngojek 9 trip total 136rb"); "ojek" alone is a ride she paid for (cost-nouns.ts).
  'ngojek', 'ngojol', 'ngegrab', 'nggojek', 'ngegojek', 'ngojeg',
]);
/** A rider's words: "ngojol ke pasar 15rb", "ngojek anter anak sekolah" is a ride she took and paid for. */
const RIDE = new Set(['ngojek', 'ngojol', 'ngegrab', 'nggojek', 'ngegojek', 'ngojeg']);
/** After a ride word, where she rode or whom she took: a ride of her own, unless her trips are named. */
const RIDDEN = new Set(['ke', 'kerumah', 'anter', 'antar', 'nganter', 'ngantar', 'nganterin', 'ngantarin', 'jemput', 'pulang', 'pergi']);
/** A rider's own trips: "ngojek 9 trip", "ngojol anter penumpang ke bandara". */
const TRIPS = new Set(['trip', 'trips', 'tarikan', 'narik', 'penumpang', 'orderan', 'order', 'paket', 'rit', 'rute']);
/** A salon's treatments: hers when counted, but a customer's visit when a place or company is named. */
const SALON_JOBS = new Set(['creambath', 'krimbat', 'smoothing', 'rebonding', 'facial', 'fasial', 'totok', 'manicure', 'menicure',
  'medicure', 'pedicure', 'padicure', 'lulur', 'luluran', 'waxing', 'keriting', 'catok', 'sanggul', 'nyanggul', 'makeup', 'henna', 'hena']);
/** Massage and healing work: hers when counted, but her own visit when a place or company is named ("pijat di salon langganan"). */
const BODY_WORK = new Set(['pijat', 'pijet', 'pijit', 'urut', 'bekam', 'hijamah', 'refleksi', 'kusuk', 'kerokan', 'totok']);
/** "di salon", "di klinik": where she went for a treatment. */
const VISITED = new Set(['salon', 'klinik', 'spa', 'barbershop', 'barber', 'mall', 'langganan', 'tempat', 'dokter']);
/** "sama adik", "anak facial": her family or friends treated with her: she paid, or asked. */
const COMPANY = new Set(['anak', 'adik', 'adek', 'kakak', 'kakakku', 'temen', 'teman', 'temanku', 'temenku', 'sama', 'bareng',
  'ponakan', 'keponakan', 'mertua', 'istri', 'mama', 'mamah', 'emak', 'ibuk', 'nenek', 'cucu']);

/** Whether the line says she rode or went for a treatment herself (see RIDE, SALON_JOBS). */
function herOwnVisit(texts: readonly string[]): boolean {
  const ride = texts.findIndex((t) => RIDE.has(t));
  if (ride >= 0 && texts.slice(ride + 1).some((t) => RIDDEN.has(t)) && !texts.some((t) => TRIPS.has(t))) return true;
  if (!texts.some((t) => SALON_JOBS.has(t) || BODY_WORK.has(t))) return false;
  // "potong rambut 3 anak2": a count before "anak" counts her customers, not her child along.
  if (texts.some((t, i) => COMPANY.has(t) && !/^\d+$/.test(texts[i - 1] ?? ''))) return true;
  return texts.some((t, i) => VISITED.has(t) && (texts[i - 1] === 'di' || t === 'langganan'));
}

/**
 * A driver's fares: "nganter bu haji ke pasar 20rb", "jemput anak sekolah langganan 15rb". Taking
 * someone is her work only when the one taken is a customer (a title, "langganan", "penumpang");
 * "jemput anak 15rb" alone is her own child's ride, a household cost (asked).
 */
const CARRIES = new Set(['anter', 'antar', 'nganter', 'ngantar', 'nganterin', 'ngantarin', 'anterin', 'antarin', 'jemput', 'jemputin',
  'ngejemput', 'njemput', 'antar-jemput', 'anjem', 'antarjemput']);
const FARES = new Set(['langganan', 'penumpang', 'pelanggan', 'customer', 'cust', 'orderan']);

/** Units of a serving sold over the counter (see namesServiceWork). */
const SERVINGS = new Set(['gelas', 'porsi', 'cup', 'mangkok', 'mangkuk', 'piring', 'tusuk', 'cone']);
const MANY_SERVINGS = 10;
/** "dagangan", "daganganku": her wares, as the seller names them with the day's money. */
const WARES = new Set(['dagangan', 'daganganku', 'dagangane', 'daganganne', 'dagangannya']);
/**
 * Words that say what became of her wares, not what they brought in: what is left ("sisa",
 * "masih", "tinggal", "numpuk", Javanese "turah", "kari", "isih"), what was lost ("rusak", "basi",
 * "busuk", "kadaluarsa", "dimakan anak", "dibawa pulang") or whose they are ("titipan", "punya").
 * "dagangan sisa 200rb" is stock still on the shelf, "dagangan basi 30rb" a loss: never takings.
 */
const WARES_NOT_SOLD = new Set(['sisa', 'sisanya', 'nyisa', 'tersisa', 'kesisa', 'nyesa', 'turah', 'turahan', 'masih', 'isih', 'tinggal',
  'kari', 'numpuk', 'menumpuk', 'numpuk2', 'ketumpuk', 'nganggur', 'ngendon', 'nyangkut', 'stok', 'stock', 'gudang',
  'rusak', 'ruksak', 'basi', 'busuk', 'bosok', 'buruk', 'kadaluarsa', 'kadaluwarsa', 'kedaluwarsa', 'kedaluarsa', 'expired', 'expire',
  'exp', 'jamuran', 'berjamur', 'pecah', 'penyok', 'hancur', 'layu', 'lembek', 'apek', 'mambu', 'tumpah', 'jatuh', 'sobek', 'kotor',
  'hilang', 'ilang', 'dicuri', 'kemalingan', 'rugi', 'buang', 'dibuang', 'kebuang', 'dimakan', 'kemakan', 'dimaem', 'dipangan',
  'dibawa', 'digawa', 'dibawain', 'pulang', 'dipakai', 'dipake', 'kepake', 'dimasak', 'dikasih', 'dibagi', 'dibagiin', 'sedekah',
  'titipan', 'titip', 'nitip', 'dititip', 'dititipin', 'titipane', 'punya', 'milik', 'gadean', 'modal', 'kulakan']);
/** Wares named at all: else no line is "wares left", and the walk below reads only the sale words. */
const T_WARES = trigger(WARES);

/** Whether the words name her wares with what became of them (see WARES_NOT_SOLD): no sale. */
function waresNotSold(texts: readonly string[]): boolean {
  return texts.some((t) => WARES.has(t)) && texts.some((t) => WARES_NOT_SOLD.has(t));
}

/** Clothes a tailor shortens ("potong celana 15rb"): cutting them is her mending trade. */
const HEMMED = new Set(['celana', 'rok', 'gamis', 'kulot', 'jeans', 'levis', 'lengan', 'gorden']);
/** What a tailor fits to clothes ("pasang resleting", "ganti kancing"). */
const FITTED = new Set(['resleting', 'reseleting', 'risleting', 'ritsleting', 'sleting', 'seleting', 'kancing', 'payet', 'kerah', 'karet',
  'furing', 'bis', 'list', 'renda']);

/** Words that are her work only with a count of jobs or a customer named. */
const WORK_IF_SHOWN = new Set(['setrika', 'strika', 'gosokan', 'pijat', 'pijet', 'urut', 'les', 'rental', 'rentalan', 'cukur', 'salon',
  'nyuci', 'nyuciin', 'rias', 'ngerias', 'merias', 'bordir', 'mbordir', 'ngasuh', 'momong',
  // Healing and body work counted by people ("bekam 2 org @50rb", "refleksi 3 orang 150rb", "kusuk 2 org 80rb");
  // alone ("bekam 100rb") a treatment she had.
  'bekam', 'bekamin', 'hijamah', 'refleksi', 'kerokan', 'kerok', 'kusuk', 'pijit', 'mijet', 'mijit', 'ngurut', 'ngurutin', 'tindik',
  // A salon's jobs: done FOR customers when counted ("creambath 2 org @60rb"); alone, a treatment she had.
  'creambath', 'krimbat', 'smoothing', 'rebonding', 'facial', 'fasial', 'totok', 'manicure', 'menicure', 'medicure', 'pedicure',
  'padicure', 'lulur', 'luluran', 'waxing', 'keriting', 'catok', 'sanggul', 'nyanggul', 'makeup', 'henna', 'hena']);
/** "cuci sepatu", "potong rambut": a washing or cutting job by what it is done to. */
const JOB_PAIRS: Record<string, ReadonlySet<string>> = {
  cuci: new Set(['sepatu', 'motor', 'mobil', 'karpet', 'helm', 'kasur', 'baju', 'gorden', 'selimut', 'bedcover', 'tas', 'boneka']),
  potong: new Set(['rambut', ...HEMMED]),
  pangkas: new Set(['rambut']),
  // A tailor's small jobs: "pasang resleting 2 x 10rb", "ganti resleting celana 20rb".
  pasang: FITTED,
  ganti: FITTED,
};
/** Jobs sure without a count or a customer: washing goods, a tailor's mending ("potong celana" is hemming). */
const SURE_PAIRS: Record<string, ReadonlySet<string>> = { cuci: JOB_PAIRS.cuci as ReadonlySet<string>, potong: HEMMED, pasang: FITTED, ganti: FITTED };
/** Cutting for people counted: "potong 5 org @20rb", "cukur 3 kepala 15rb", "potong rambut 3 anak2 @15rb". */
const CUTS = new Set(['potong', 'cukur', 'pangkas', 'nyukur', 'mangkas']);
const PEOPLE = new Set(['org', 'orang', 'anak', 'anak2', 'kepala', 'pelanggan', 'customer', 'cust', 'pasien']);
/** Titles before a customer's name. */
const HONORIFICS = new Set(['bu', 'ibu', 'buk', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'kak', 'teteh', 'teh', 'bunda', 'cik', 'koh',
  'bude', 'budhe', 'pakde', 'tante', 'om', 'neng', 'uni', 'uda', 'daeng', 'acil']);
/** Whose household it is: "les anak", "pijat suami" is money spent on her family. */
const FAMILY = new Set(['anakku', 'suami', 'suamiku', 'sendiri', 'saya', 'aku', 'sy', 'gue', 'kami', 'keluarga', 'ibuku', 'bapakku']);

/**
 * A copy or print shop's jobs: "fotokopi hari ini 320 lembar @250", "cetak undangan 300 lembar
 * @1.200", "print 50 lbr 1rb an", "jilid 12 buku 5rb". A few sheets may be her own errand
 * ("fotokopi KTP 2 lembar 1rb"), so they are her work only by the batch (MANY_SHEETS) or with
 * a customer named.
 */
const PRINT_JOBS = new Set(['fotokopi', 'fotocopy', 'fotokopian', 'fotocopian', 'potokopi', 'fotokopy', 'fc', 'fotcop', 'cetak', 'nyetak',
  'cetakan', 'print', 'printing', 'ngeprint', 'ngeprin', 'printan', 'prin', 'jilid', 'jilidan', 'laminating', 'laminasi', 'sablon',
  'nyablon', 'sablonan', 'scan', 'scanan']);
const MANY_SHEETS = 10;
/**
 * A repair shop's jobs counted by the unit: "servis hp 2 unit, 150k sm 75k", "service tv 3 unit".
 * Alone ("servis motor 80rb", "servis mesin obras 80rb") it is her own tool mended: OWN_TOOLS.
 */
const REPAIRS = new Set(['servis', 'service', 'reparasi', 'perbaikan']);
const REPAIRED_UNITS = new Set(['unit', 'hp', 'biji', 'buah', 'bh', 'pcs']);
/** What she hands over that names her a repairer, not a customer: her own machine stays OWN_TOOLS. */
const REPAIRED_OWN = new Set(['mesin', 'sparepart', 'onderdil', 'jarum']);

/** Her own tools being mended: "servis mesin obras 80rb" is paid by her, not to her. */
const OWN_TOOLS = new Set(['servis', 'service', 'reparasi', 'perbaikan', 'betulin', 'benerin', 'mesin', 'sparepart', 'onderdil', 'jarum']);

/** Whether a word names paid work of hers, alone or with a sign ("nyetrika", "setrika"). */
export function isServiceWord(word: string): boolean {
  return WORK.has(word) || WORK_IF_SHOWN.has(word);
}

/** Whether the words of a verbless line name her paid work (see the file comment). */
export function namesServiceWork(words: readonly El[], counted: boolean, unit: string | null = null, count = 0): boolean {
  if (words.some((w) => FAMILY.has(w.text))) return false;
  const all = words.map((w) => w.text);
  // "servis hp 2 unit": units counted in are her customers' ("servis mesin jahit 2 unit" is still her own machines).
  // Only goods customers bring ("servis ac 2 unit", "servis kulkas toko 2 unit" may be her own): own-errand.ts.
  if (counted && unit !== null && REPAIRED_UNITS.has(unit) && count >= 2 && words.some((w) => REPAIRS.has(w.text)) &&
    !words.some((w) => REPAIRED_OWN.has(w.text)) && customerRepair(all) && !ownErrand(all)) return true;
  if (words.some((w) => OWN_TOOLS.has(w.text))) return false;
  // "fotokopi 320 lembar @250": sheets by the batch (see PRINT_JOBS) — not her own errand or
  // her shop's own prints ("fotokopi skripsi anak 120 lembar", "cetak nota 20 buku"): own-errand.ts.
  if (words.some((w) => PRINT_JOBS.has(w.text)) && !ownErrand(all) && !ownPrint(all) && (count >= MANY_SHEETS ||
    words.some((w) => HONORIFICS.has(w.text) && !w.soft))) return true;
  // "es teh 37 gelas x 4rb": servings counted by the dozen are what her stall sold; nobody buys
  // that many glasses for home. "dagangan sembako 1.250.000": her wares named with their money.
  if (unit !== null && SERVINGS.has(unit) && count >= MANY_SERVINGS) return true;
  // (The goods must follow: "dagangan 500rb" alone may be stock she bought.)
  // ("dagangan sisa 200rb", "dagangan basi 30rb": what is left or lost is no sale.)
  if (words.some((w, i) => WARES.has(w.text) && words[i + 1] !== undefined && !(words[i + 1] as El).soft) &&
    !waresNotSold(words.map((w) => w.text))) return true;
  if (herOwnVisit(words.map((w) => w.text))) return false;
  const texts = words.filter((w) => !w.soft || HONORIFICS.has(w.text)).map((w) => w.text);
  const customer = texts.some((t) => HONORIFICS.has(t));
  const people = unit !== null && PEOPLE.has(unit);
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as string;
    if (WORK.has(t)) return true;
    if (WORK_IF_SHOWN.has(t) && (counted || customer)) return true;
    const pair = JOB_PAIRS[t];
    const next = texts[i + 1];
    if (pair && next !== undefined && pair.has(next) && (counted || customer || SURE_PAIRS[t]?.has(next) === true)) return true;
    if (CUTS.has(t) && counted && people) return true;
    if (CARRIES.has(t) && (customer || texts.some((x) => FARES.has(x)))) return true;
  }
  return false;
}

/**
 * "creambath 2 org 120rb di salon langganan": the place or company may come after the amount,
 * past the words the entry was read from. A verbless sale whose line says she rode or went for
 * a treatment herself is asked (`kind_guessed`), never her takings.
 */
export function ownVisitAsked(a: Analysis, entries: EntryOut[]): void {
  const tokens = a.tokens as readonly Token[];
  const wares = entries.length > 0 && present(a, T_WARES);
  for (const e of entries) {
    if (e.kind !== 'sale' || e.at === undefined || e.notes.includes('kind_guessed')) continue;
    let from = e.at;
    while (from > 0 && tokens[from - 1]?.type !== T_NL) from--;
    let to = e.at;
    while (to < tokens.length && tokens[to]?.type !== T_NL) to++;
    // (One pass over the line without copies: this runs for every sale, and the copies and maps
    // it made were ~1 % of a parse.)
    let keyWares = false;
    let keyNotSold = false;
    let textWares = false;
    let textNotSold = false;
    let sold = false;
    for (let i = from; i < to; i++) {
      const t = tokens[i] as Token;
      if (t.type !== T_WORD && t.type !== T_NUM) continue;
      sold ||= (t.f & F_SALE) !== 0;
      if (!wares) continue;
      keyWares ||= WARES.has(t.key);
      keyNotSold ||= WARES_NOT_SOLD.has(t.key);
      textWares ||= WARES.has(t.text);
      textNotSold ||= WARES_NOT_SOLD.has(t.text);
    }
    // "dagangan sisa 200rb", "dagangan dibawa pulang 100rb": whatever verb read it, no takings.
    if ((keyWares && keyNotSold) || (textWares && textNotSold)) {
      e.confidence = Math.min(e.confidence, C_NO_VERB);
      e.notes.push('kind_guessed');
      continue;
    }
    if (sold) continue;
    const line = tokens.slice(from, to).filter((t) => t.type === T_WORD || t.type === T_NUM);
    const texts = line.map((t) => (t.type === T_NUM ? t.text : t.key));
    // "cetak brosur 500 lembar @300 buat promosi", "servis ac 2 unit 150rb ke teknisi": whose the
    // copies or the mended things are may come after the amount (own-errand.ts).
    const errand = texts.some((t) => PRINT_JOBS.has(t) || REPAIRS.has(t)) && ownErrand(texts);
    if (!errand && !herOwnVisit(texts)) continue;
    e.confidence = Math.min(e.confidence, C_NO_VERB);
    e.notes.push('kind_guessed');
  }
}

/** A sale read with no verb and no doubt of its kind: her work named with its money (namesServiceWork). */
export function isWorkSale(e: EntryOut): boolean {
  return e.kind === 'sale' && !e.notes.includes('kind_guessed');
}

/**
 * "Cucian bed cover 3 @ 25rb, kiloan 6kg @ 6rb", "potong rambut 9 org x 15rb, cat rambut 1 org
 * 100rb", "bordir nama 15 pcs @10rb, 5 pcs @12rb": after her work named on a line, the counted
 * jobs that follow on that line with no verb of their own are more of the same work — her sales,
 * no longer guessed. Only counted ones (a bare "…, 20rb" may be anything) and never goods her
 * trade uses up ("…, deterjen 2 @15rb": carried-kind.ts costGoods, still asked).
 */
export function workCarried(entries: EntryOut[]): void {
  for (const e of entries) {
    if (e.kind !== 'sale' || e.quantity === null || !e.notes.includes('kind_guessed') || costGoods(e.item)) continue;
    const words = e.item === null ? [] : e.item.split(' ');
    // "…, deterjen 2 @15rb", "…, sampo 2 botol 30rb": what her work uses up, bought (still asked).
    if (words.some((w) => WORK_SUPPLIES.has(w))) continue;
    // "laundry 5kg @7rb, makan 2 org 30rb": a meal for people counted is what she spent, not
    // more customers — left asked (people are a job's unit only for the work itself).
    if (words.some((w) => HER_SPENDING.has(w))) continue;
    // A job by its unit ("…, kiloan 6kg @6rb", "…, cat rambut 1 org", "…, 5 pcs @12rb") or by what is worked on ("…, 1 karpet 50rb").
    // (… or a job word itself: "fotocopy 150 lbr @200, jilid 3 @5rb".)
    if (e.item !== null && !(e.unit !== null && JOB_UNITS.has(e.unit)) &&
      !words.some((w) => WORKED_ON.has(w) || PRINT_JOBS.has(w) || isServiceWord(w))) continue;
    kindNamed(e);
  }
}

/** Supplies her service trades use up: bought, never more jobs. */
const WORK_SUPPLIES = new Set(['deterjen', 'detergen', 'diterjen', 'sabun', 'pewangi', 'parfum', 'softener', 'pelembut', 'pemutih', 'sampo',
  'shampo', 'shampoo', 'kondisioner', 'vitamin', 'obat', 'hanger', 'gantungan', 'benang', 'kain', 'jarum', 'kancing', 'resleting', 'tinta',
  'kertas', 'toner', 'sparepart', 'onderdil', 'lcd', 'baterai', 'batre', 'plastik', 'kresek', 'listrik', 'token', 'gas', 'bensin']);
/** Meals, drinks and errands of her own or her helpers': never another job of hers. */
const HER_SPENDING = new Set(['makan', 'makanan', 'mkn', 'maem', 'mangan', 'madang', 'nyarap', 'sarapan', 'minum', 'minuman', 'ngopi',
  'ngeteh', 'jajan', 'jajanan', 'konsumsi', 'rokok', 'bensin', 'parkir', 'ongkos', 'ongkir', 'transport', 'bakso', 'nasi', 'lauk',
  'gaji', 'upah', 'bayar', 'kuli', 'tukang', 'makan2', 'mamam', 'makannya', 'bekal']);
/** Units jobs are counted in: kilos washed, people cut, pieces sewn, sheets copied, units mended. */
const JOB_UNITS = new Set(['kg', 'kilo', 'org', 'orang', 'kepala', 'pcs', 'pc', 'lembar', 'lbr', 'stel', 'setel', 'psg', 'pasang', 'unit',
  'potong', 'bh', 'buah', 'set', 'anak', 'pasien', 'trip', 'rit']);
/** What a job is done to: "…, 1 karpet 50rb", "…, 2 celana @15rb". */
const WORKED_ON = new Set(['karpet', 'bedcover', 'bed', 'cover', 'selimut', 'sepatu', 'helm', 'kasur', 'boneka', 'gorden', 'tas', 'jas',
  'rambut', 'kuku', 'wajah', 'alis', 'baju', 'kemeja', 'seragam', 'kebaya', 'gamis', 'celana', 'rok', 'kulot', 'jaket', 'sprei', 'seprei',
  'motor', 'mobil', 'hp', 'tv', 'kulkas', 'kipas', 'nama', 'logo', 'undangan', 'brosur', 'spanduk', 'banner', 'stiker', 'foto', 'kiloan',
  'satuan', 'setrika', 'setrikaan', 'cat', 'creambath', 'smoothing', 'facial', 'pijat', 'urut']);

/**
 * "antar jemput anak sekolah, bu ani bayar bulanan 300rb", "cucian bu Rina, bayar 45rb": her
 * work named before the one who pays — a fee for that work, her takings, not a debt paid back.
 * Whether a word of her work (see isServiceWord, CARRIES) stands before token `end`.
 */
function workNamedBefore(tokens: readonly Token[], end: number): boolean {
  for (let i = 0; i < end && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (isServiceWord(t.key) || CARRIES.has(t.key))) return true;
  }
  return false;
}

/** "udah bayar", "sudah lunas": a tab settled. */
const SETTLED = new Set(['udah', 'sudah', 'sdh', 'udh', 'dah', 'wis', 'wes', 'baru', 'akhirnya']);
/** Before a person: she went to them ("di bu Rina", "ke bu Rina", "sama bu Rina"). */
const AT_PERSON = new Set(['di', 'ke', 'sama', 'sm', 'ama', 'tempat', 'tmpt', 'dari', 'dr']);
/** Paying words of a customer: "bu Ani bayar 300rb", "pak Joko transfer 200rb". */
const CUSTOMER_PAYS = new Set(['bayar', 'byr', 'membayar', 'transfer', 'tf', 'nransfer']);

/**
 * "antar jemput anak sekolah, bu ani bayar bulanan 300rb", "cucian bu Rina, bayar 45rb": her
 * work named, then a titled person who pays — the fee for her work, paid to her. Not when the
 * paying is later, not done or on a tab ("… bayar nanti", "belum bayar", "utang"): those are
 * asked as before. Reads only the words of the whole message. 'unclear': the titled one may be
 * the worker she paid (WORKER_NAMED).
 */
export function customerPaysWork(tokens: readonly Token[]): 'work' | 'unclear' | null {
  if (tokens.some((t) => t.type === T_WORD && ((t.f & (F_FUTURE | F_NEG)) !== 0 || (t.f2 & G_CREDIT) !== 0 || FAMILY.has(t.key)))) return null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !CUSTOMER_PAYS.has(t.key)) continue;
    // ("jahitan bu Sri udah bayar 150rb": paid now for work she may have booked as owed: a tab settled, as before.)
    if (SETTLED.has(tokens[i - 1]?.key ?? '')) return null;
    let titled = -1;
    for (let j = Math.max(0, i - 4); j < i; j++) if (HONORIFICS.has((tokens[j] as Token).key)) titled = j;
    // ("jahit di bu Rina, bayar 50rb", "laundry ke bu Rina": she took her work there, and paid.)
    if (titled > 0 && AT_PERSON.has((tokens[titled - 1] as Token).key)) return null;
    if (titled <= 0 || !workNamedBefore(tokens, titled)) return null;
    // "tukang pijat bu Yati, bayar 75rb", "guru les pak Tom bayar 200rb", "les anak bu Siti bayar
    // 150rb", "salon mbak Yuni bayar 150rb": the titled one is who does the work, or it was done
    // for her child — she may have paid them: asked, never her takings unasked.
    for (let j = 0; j < titled; j++) {
      const k = (tokens[j] as Token).key;
      if (WORKER_NAMED.has(k) || (LESSONS.has(k) && tokens[j + 1]?.key === 'anak')) return 'unclear';
    }
    return 'work';
  }
  return null;
}

/** Before a titled person: she (or they) is the one who works, or the work was for her child. */
const WORKER_NAMED = new Set(['tukang', 'guru', 'ustad', 'ustadz', 'ustadzah', 'ustazah', 'bidan', 'mantri', 'dukun', 'terapis', 'salon',
  'privat', 'depan', 'sebelah', 'langganan', 'tempat', 'tmpt', 'mbok', 'mbah']);
/** "les anak bu Siti": lessons for a child — hers, or bu Siti's child taught by her? */
const LESSONS = new Set(['les', 'ngeles', 'lesan', 'kursus', 'ngaji']);
