/**
 * Money put into a family member's account: "modal 1jt, tak masukin ke rekening anak", "uang
 * jualan 500rb tak transfer ke rek suami", "modal 2jt taruh di atm suami"; or into any account
 * with nothing bought named: "modal 1jt masuk rekening", "modal 1jt, ditaruh di bank". Where her capital or
 * cash was kept is no purchase, and moving it is neither capital put in nor surely money taken
 * for the home (the account may be where the business's money is kept). So no expense,
 * capital or withdrawal is recorded unasked. A sale she writes beside it ("laku 300rb, uangnya
 * tf ke rek suami") stays her sale: where the money went changes nothing about it.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';

/** An account or wallet she can put money in. */
const ACCOUNT = new Set(['rekening', 'rek', 'rekeningnya', 'rekening2', 'atm', 'atmnya', 'norek', 'no.rek', 'bank', 'bri', 'bca', 'bni',
  'mandiri', 'bsi', 'btn', 'dompet', 'e-wallet', 'ewallet']);
const T_ACCOUNT = trigger(ACCOUNT);
/** Whose account it is: her family (the lexer reads "bojoku", "misua"… as these). */
const FAMILY = new Set(['anak', 'anakku', 'anak2', 'anaknya', 'suami', 'suamiku', 'suamiq', 'misua', 'laki', 'lakiku', 'adik',
  'adikku', 'adek', 'adekku', 'kakak', 'kakakku', 'kaka', 'abang', 'ponakan', 'keponakan', 'mertua', 'cucu', 'cucuku', 'ortu', 'mama',
  'mamah', 'papa', 'emak', 'mamak', 'bapakku', 'ibuku', 'keluarga', 'putri', 'putra', 'putriku', 'putraku', 'mantu', 'menantu']);
/** Between the account and whose it is: "rekening punya anak", "rek atas nama suami". */
const OF = new Set(['punya', 'milik', 'atas', 'nama', 'an', 'a.n', 'si', 'bank', 'bri', 'bca', 'bni', 'mandiri', 'bsi']);

/** Her capital named: "modal 1jt masuk rekening". */
const CAPITAL = new Set(['modal', 'modalnya', 'modalku']);
/** "ke rekening", "di bank", "masuk rekening": where the money was put. */
const INTO = new Set(['ke', 'di', 'masuk', 'dalam', 'dlm', 'kedalam', 'kerekening']);
/** Words of the move alone, which an item may hold and still name nothing bought or paid for. */
const MOVE_ONLY = new Set([...ACCOUNT, ...INTO, 'transfer', 'tf', 'trf', 'kutransfer', 'ditransfer', 'masukin', 'masukkan', 'dimasukkan',
  'dimasukin', 'taruh', 'ditaruh', 'taro', 'ditaro', 'naruh', 'simpan', 'simpen', 'disimpan', 'disimpen', 'nyimpen', 'kirim', 'dikirim',
  'pindah', 'dipindah', 'pindahin', 'gak', 'tak', 'ku', 'aku', 'saya', 'sy', 'uang', 'duit', 'modal', 'modalnya', 'semua', 'semuanya']);

/**
 * Whether the message moves money into a family member's account, or puts her capital, naming
 * no goods, into an account ("modal 1jt masuk rekening", "modal 1jt, ditaruh di bank": the
 * capital kept there, no purchase), and nothing in it is a sale.
 */
export function movedToAccount(a: Analysis, entries: readonly { kind: string; item: string | null }[]): boolean {
  if (!present(a, T_ACCOUNT) || entries.length === 0 || entries.some((e) => e.kind === 'sale')) return false;
  const { tokens } = a;
  const capital = tokens.some((t) => CAPITAL.has(t.key));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !ACCOUNT.has(t.key)) continue;
    let k = i + 1;
    while (k < i + 4 && tokens[k]?.type === T_WORD && OF.has((tokens[k] as Token).key)) k++;
    if (tokens[k]?.type === T_WORD && FAMILY.has((tokens[k] as Token).key)) return true;
    // Any account, when what was read names nothing but the move itself.
    // ("transfer ke rekening supplier 500rb" names whom she paid: an expense, read as it is.)
    // Only her capital so: "narik uang di atm" is cash taken out, "bayar 2jt ke bank" a loan paid.
    if (capital && INTO.has(tokens[i - 1]?.key ?? '') && entries.every((e) => e.kind !== 'withdrawal' && (e.item === null || e.item.split(' ').every((w) => MOVE_ONLY.has(w))))) return true;
  }
  return false;
}
