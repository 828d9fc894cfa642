/**
 * Numbers that name something rather than count or price it: marketplace and courier codes
 * ("Order #240512ABCD", "INV/20261205/MPL/3344", "no resi JP1234567890", "SPX ID 2412…"),
 * invoice and receipt numbers ("No. Invoice 00123"), account numbers ("rek BRI
 * 1234-01-000123-50-1"), meter and customer ids ("no meter 14234567890"), table numbers
 * ("meja 4"), RT/RW ("RT 03/RW 05") and voucher codes ("kode voucher HEMAT20"). Phones, times
 * and dates are marked by marks.ts and dates.ts.
 *
 * The whole identifier — its label and its code — is marked, so no reader takes a digit of it
 * for money or a count, nor its label for goods. Only what decides is read: a label word that
 * names an identifier, or a code's own shape (digits glued to letters that are no unit, scale or
 * known word). A label with a price after it ("meja 150rb", "voucher 20rb") is money, left alone.
 */
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { M_IDENT, M_ORDINAL, M_PHONE, type Marks } from './marks.ts';
import { G_HONORIFIC, F_CUR_POST, F_CUR_PRE, F_EXPENSE, F_SALE, F_SCALE, F_SLANG, F_UNIT } from './word-roles.ts';

/** Labels whose next code is an identifier whatever its shape ("resi 0028171625", "rek 1234-01-…"). */
const LABELS = new Set(['resi', 'noresi', 'awb', 'invoice', 'inv', 'faktur', 'rek', 'rekening', 'norek', 'va', 'kode', 'voucher',
  'kupon', 'spx', 'jnt', 'jne', 'sicepat', 'anteraja', 'idexpress', 'ninja', 'meter', 'idpel', 'trx', 'ref', 'referensi',
  'booking', 'tracking', 'pesanan', 'order', 'orderan', 'transaksi', 'nota', 'struk', 'kuitansi', 'kwitansi', 'id']);
/**
 * Labels that also name goods or an act ("order 3 gamis", "pesanan 20 box", "nota 3 lembar",
 * "transaksi 5 kali"): their code must look like one — a number sign or "no" before it, a
 * code mixing digits and letters, or at least five digits.
 */
const WEAK_LABELS = new Set(['trx', 'ref', 'pesanan', 'order', 'orderan', 'transaksi', 'nota', 'struk', 'kuitansi', 'kwitansi', 'id', 'kode', 'meter',
  'booking', 'tracking']);
/** Small numbers that place her, a table or a house: "meja 4", "RT 03", "RW 05", "blok C 12". */
const PLACES = new Set(['meja', 'rt', 'rw', 'blok', 'kamar', 'lapak', 'kios', 'los']);
/** Words between a label and its code: "no resi", "nomor pesanan", "rek BRI", "ID pesanan", "a.n". */
const BETWEEN = new Set(['no', 'nomor', 'nmr', 'nomer', 'id', 'kode', 'code', 'pesanan', 'order', 'resi', 'pelanggan', 'bri', 'bca',
  'bni', 'mandiri', 'bsi', 'btn', 'cimb', 'danamon', 'permata', 'jago', 'seabank', 'bank', 'voucher', 'promo', 'invoice', 'shopee',
  'tokopedia', 'tokped', 'lazada', 'tiktok', 'express', 'xpress', 'meter', 'listrik', 'pln', 'token', 'transaksi', 'ref']);
/** Words before a label that belong to it: "no resi", "nomor pesanan", "ID order", "kode booking". */
const LEAD = new Set(['no', 'nomor', 'nmr', 'nomer', 'id', 'kode']);
/** Words that name a phone number after them: "hub 0812…", "wa 0812…", "cp: 0857…". */
const CONTACT = new Set(['hub', 'hubungi', 'wa', 'whatsapp', 'telp', 'tlp', 'telepon', 'hp', 'cp', 'kontak', 'nohp', 'nomor', 'no']);
/** After a place's number, a price: "meja 5 @15rb", "meja 2 x 350rb" count tables. */
const PRICE_NEXT = new Set(['@', 'x', '*', '=', '×']);
/** Punctuation inside a code ("INV/2026/3344", "1234-01-000123", "#240512"). */
const CODE_PUNCT = new Set(['/', '-', '#', '_', '.']);
/** Punctuation between a label and its code ("No.: 00123", "resi: JP…", "Order #…"). */
const LABEL_PUNCT = new Set([':', '.', '#', '-']);

/** A word that is a money, unit or count word: part of an amount ("15rb", "2kg", "3x"), never a code. */
function amountWord(t: Token): boolean {
  return (t.f & (F_SCALE | F_UNIT | F_SLANG | F_CUR_PRE | F_CUR_POST)) !== 0 || t.key === 'x' || t.key === 'an' || t.key === 'k';
}

/** A word the lexicon does not know (no role, no meaning): "ABCD", "JP", "MPL", "XKQ". */
function unknownWord(t: Token): boolean {
  return t.type === T_WORD && t.f === 0 && t.f2 === 0 && t.info === null;
}

interface CodeRun {
  end: number;
  digits: number;
  numbers: number;
  letters: boolean;
  letterChars: number;
  /** A number grouped in thousands ("2.500"): money's shape, never a code's. */
  grouped: boolean;
  /** A money or unit word inside it ("15rb/pcs"): an amount, not a code. */
  money: boolean;
}

/** The tokens glued together from `i` (numbers, words, code punctuation), or null when it holds no digit. */
function codeRun(tokens: readonly Token[], i: number): CodeRun | null {
  const run: CodeRun = { end: i, digits: 0, numbers: 0, letters: false, letterChars: 0, grouped: false, money: false };
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (j > i && !t.attached) break;
    if (t.type === T_NUM) {
      run.numbers++;
      run.digits += t.num?.digits.length ?? t.text.length;
      if (t.num?.grouped === true) run.grouped = true;
    } else if (t.type === T_WORD) {
      if (amountWord(t)) run.money = true;
      else if (unknownWord(t)) {
        run.letters = true;
        run.letterChars += t.text.length;
      }
      else if (j > i) break;
      else return null;
    } else if (t.type !== T_PUNCT || !CODE_PUNCT.has(t.text) || j === i) break;
    run.end = j + 1;
  }
  // A code does not end on its punctuation ("3344." closes the sentence).
  while (run.end > i && (tokens[run.end - 1] as Token).type === T_PUNCT) run.end--;
  return run.digits > 0 ? run : null;
}

/** Whether a price follows the code ("meja 2 350rb", "voucher 20rb"): then the number may be money. */
function moneyAfter(tokens: readonly Token[], end: number): boolean {
  const t = tokens[end];
  return t !== undefined && t.type === T_WORD && amountWord(t) && t.attached;
}

/**
 * One plain number, no leading zero, at most seven digits, ending in "00": the shape of rupiah written without
 * its thousands' dots ("18000", "125000", "57300"). Codes are longer, or carry letters or a leading zero.
 */
function moneyShaped(tokens: readonly Token[], j: number, run: CodeRun): boolean {
  const t = tokens[j] as Token;
  if (run.numbers !== 1 || run.letters || t.type !== T_NUM) return false;
  const d = t.num?.digits ?? t.text;
  return d.length >= 3 && d.length <= 7 && d.charCodeAt(0) !== 48 && d.endsWith('00');
}

/** A count's sign after the number: "20 x 5rb", "5 @10rb", "10 lembar", "2 paket". */
function countedAfter(tokens: readonly Token[], end: number): boolean {
  const t = tokens[end];
  return t !== undefined && ((t.type === T_PUNCT && PRICE_NEXT.has(t.text)) || (t.type === T_WORD && (t.key === 'x' || (t.f & F_UNIT) !== 0)));
}

/** Marks from..to; a code's piece may already carry marks.ts's ordinal mark ("#240512"). */
function mark(marks: Marks, from: number, to: number): void {
  for (let k = from; k < to; k++) if (marks[k] === 0 || marks[k] === M_ORDINAL) marks[k] = M_IDENT;
}

/**
 * "catering 17an 1,5jt", "lomba 17-an 200rb": the 17 August festivities by their day, "an" glued on, with an
 * amount after — a name, not "about 17". ("laku 17an", no amount after, keeps "about 17".)
 */
function festivalEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  if (t.type !== T_NUM || t.key !== '17') return 0;
  const dash = tokens[i + 1]?.type === T_PUNCT && tokens[i + 1]?.text === '-' && tokens[i + 1]?.attached === true ? 1 : 0;
  const an = tokens[i + 1 + dash];
  if (an === undefined || an.type !== T_WORD || an.key !== 'an' || !an.attached) return 0;
  return tokens[i + 2 + dash]?.type === T_NUM ? i + 2 + dash : 0;
}

/** Marks identifiers' labels and codes as M_IDENT. */
export function markIdentifiers(tokens: Token[], marks: Marks): void {
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const festival = festivalEnd(tokens, i);
    if (festival > 0 && marks[i] === 0) {
      mark(marks, i, festival);
      i = festival - 1;
      continue;
    }
    if (t.type === T_WORD && marks[i] === 0 && (LABELS.has(t.key) || PLACES.has(t.key))) {
      const place = PLACES.has(t.key);
      // "pita 12 meter": a length; "no meter 1423…": the meter's number.
      if (t.key === 'meter' && !LEAD.has(tokens[i - 1]?.key ?? '')) continue;
      // "beli meja 2, kursi 4": a table bought, counted.
      if (place && (tokens[i - 1]?.f ?? 0) & (F_SALE | F_EXPENSE)) continue;
      let j = i + 1;
      let named = false;
      while (j < n && j <= i + 4) {
        const u = tokens[j] as Token;
        if (u.type === T_WORD && BETWEEN.has(u.key)) named ||= u.key === 'no' || u.key === 'nomor' || u.key === 'id';
        else if (u.type === T_PUNCT && LABEL_PUNCT.has(u.text)) named ||= u.text === '#';
        else if (u.type === T_WORD && unknownWord(u) && tokens[j + 1]?.type === T_NUM && tokens[j + 1]?.attached) break;
        else break;
        j++;
      }
      if (place) {
        // "meja 4", "RT 03/RW 05": a short number, nothing priced or counted after it.
        const num = tokens[j];
        const after = tokens[j + 1];
        if (j !== i + 1 || !num || num.type !== T_NUM || marks[j] !== 0 || (num.num?.digits.length ?? 9) > 3 || !num.num?.plain) continue;
        // "bu RT 120-150rb": the RT's wife, then a range of prices.
        if ((tokens[i - 1]?.f2 ?? 0) & G_HONORIFIC || (after?.type === T_PUNCT && (after.text === '-' || after.text === '–'))) continue;
        if (after && (after.type === T_NUM || (after.type === T_WORD && amountWord(after)) || (after.type === T_PUNCT && PRICE_NEXT.has(after.text)))) continue;
        mark(marks, i, j + 1);
        i = j;
        continue;
      }
      const run = codeRun(tokens, j);
      if (!run || run.money || moneyAfter(tokens, run.end)) continue;
      // "ongkir jne 18000", "pesanan 50000", "nota 125000", "voucher 50000": a round amount is money, not a code;
      // "kupon 20 x 5rb", "kirim jnt 2 paket": a count of what is priced.
      if (!named && tokens[j - 1]?.text !== '#' && (moneyShaped(tokens, j, run) || countedAfter(tokens, run.end))) continue;
      // "trx: 10.000", "4 transaksi: 12.000": a number grouped in thousands is money, whatever the label.
      if (run.numbers === 1 && !run.letters && (tokens[j] as Token).num?.grouped === true) continue;
      if (WEAK_LABELS.has(t.key) && !named && !run.letters && run.numbers < 2 && run.digits < 5 && !(tokens[j - 1]?.text === '#')) {
        continue;
      }
      // "no. pesanan", "nomor resi", "ID order": the words before the label are its own.
      let from = i;
      while (from > 0 && marks[from - 1] === 0 && (LEAD.has((tokens[from - 1] as Token).key) || (tokens[from - 1]?.text === '.' &&
        LEAD.has(tokens[from - 2]?.key ?? '')))) from--;
      mark(marks, from, run.end);
      i = run.end - 1;
      continue;
    }
    // "hub 0812…", "wa: 0812…": the word that says whose number it is goes with the phone.
    if (t.type === T_WORD && CONTACT.has(t.key) && marks[i] === 0) {
      let j = i + 1;
      while (tokens[j]?.type === T_PUNCT && tokens[j]?.text === ':') j++;
      if (marks[j] === M_PHONE) {
        mark(marks, i, j);
        continue;
      }
    }
    // A code by its own shape: "240512ABCD", "2412057XKQ9P8", "INV/20261205/MPL/3344".
    if ((t.type === T_NUM || unknownWord(t)) && (i === 0 || !(tokens[i] as Token).attached || tokens[i - 1]?.type === T_NL ||
      tokens[i - 1]?.type === T_PUNCT)) {
      if (t.type === T_WORD && marks[i] !== 0) continue;
      // (A lone number or word is no code: the cheap check before reading a run.)
      if (tokens[i + 1]?.attached !== true) continue;
      const run = codeRun(tokens, i);
      if (!run || run.money || run.grouped || run.letterChars < 2 || run.end - i < 2) continue;
      if (run.digits < 4 && run.numbers < 2) continue;
      mark(marks, i, run.end);
      i = run.end - 1;
    }
  }
}
