/**
 * A line of household spending among the business's: "Jualan hari ini 340rb. Keluar buat bahan
 * 120rb, buat jajan anak 20rb", "beli kain 600rb, ongkos becak 15rb, makan siang 20rb pake uang
 * sendiri", "beli beras 5 liter buat makan 50rb". A clause whose purpose is the home ("buat jajan
 * anak", "buat makan", "untuk dapur") or whose money is her own ("pake uang sendiri", "duit
 * pribadi") is not a business expense; the parser does not know her trade (rice is stock for a
 * caterer), so the record is asked ("mixed_use"), never recorded whole as business spending.
 * Clauses that name the business beside the home ("makan siang karyawan", "buat jualan") stay
 * the business's. household-use.ts reads the clear withdrawals first ("pake uang warung buat spp").
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';

const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'buwat', 'kanggo', 'gawe', 'nggo', 'go', 'keperluan', 'kebutuhan']);
/** The home as a purpose: "buat makan", "buat jajan anak", "untuk dapur". */
const HOME = new Set(['makan', 'mangan', 'jajan', 'anak', 'anak2', 'rumah', 'dapur', 'keluarga', 'pribadi', 'sendiri', 'suami', 'spp',
  'sekolah', 'saku', 'berobat', 'obat', 'dokter', 'masak', 'dirumah', 'bocah', 'cucu', 'lebaran', 'kondangan', 'nyumbang']);
/** Her own money: "pake uang sendiri", "duit pribadi". */
const MONEY = new Set(['uang', 'duit', 'dana']);
const OWN = new Set(['sendiri', 'pribadi', 'pribadiku', 'sendirian', 'rumah', 'dapur', 'belanja']);
/** The business named in the clause: the line stays the business's. */
const BUSINESS = new Set(['jualan', 'dagangan', 'dagang', 'usaha', 'warung', 'toko', 'kios', 'lapak', 'produksi', 'katering', 'catering',
  'pesanan', 'orderan', 'karyawan', 'pegawai', 'pekerja', 'tukang', 'kuli', 'pelanggan', 'pembeli', 'stok', 'kulakan', 'bahan', 'dijual',
  'jual', 'modal']);

function clauseEnd(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.'));
}

const T_PURPOSE = trigger(PURPOSE);
const T_HOME = trigger(HOME);
const T_MONEY = trigger(MONEY);
const T_OWN = trigger(OWN);
/** Whether one clause of the message spends for the home or with her own money. */
export function householdClause(a: Analysis): boolean {
  // (True only for a purpose word before a home word, or money before an own word.)
  if (!(present(a, T_PURPOSE) && present(a, T_HOME)) && !(present(a, T_MONEY) && present(a, T_OWN))) return false;
  const { tokens } = a;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !clauseEnd(tokens[i] as Token)) continue;
    const words = tokens.slice(start, i).filter((t) => t.type === T_WORD).map((t) => t.key);
    start = i + 1;
    if (words.some((w) => BUSINESS.has(w))) continue;
    for (let j = 0; j < words.length; j++) {
      const w = words[j] as string;
      const next = words.slice(j + 1, j + 4);
      if (PURPOSE.has(w) && next.some((n) => HOME.has(n))) return true;
      if (MONEY.has(w) && OWN.has(words[j + 1] ?? '')) return true;
    }
  }
  return false;
}

/** A confident record with business spending where a clause is the home's: asked. */
export function guardListHousehold(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || !r.entries.some((e) => e.kind === 'expense')) return r;
  // Her own money put into the business ("uang pribadi 150rb ke kas") is capital, read already.
  if (r.entries.some((e) => e.kind === 'withdrawal' || e.kind === 'capital') || !householdClause(a)) return r;
  const notes = [...(r.notes ?? [])];
  if (!notes.includes('mixed_use')) notes.push('mixed_use');
  return { ...r, confidence: C_DOUBT, notes };
}
