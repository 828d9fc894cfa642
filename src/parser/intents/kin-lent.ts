/**
 * Her people lending her money for the business: "suami minjemin 500rb buat modal warung, nanti
 * diganti", "kakak minjemin aku 1jt buat modal usaha", "dipinjemin ibu 500rb buat modal", "bapak
 * minjemin modal 1jt buat warung", Javanese "bojoku nyilihi 500rb kanggo modal".
 *
 * WHY: a loan received for the business is capital (docs/PARSING.md), as "pinjem ke ibu 500rb buat
 * modal" already is; said with the lender's verb ("minjemin" = lend) it was read as her lending out
 * (`loan_mention`) or as a withdrawal. The lender stands before the active verb with nobody but her
 * after it, or after the passive one ("dipinjemin ibu"); a promise to give it back ("nanti diganti")
 * is what a loan is. Asked as before: lent to someone ("pinjemin adik 200rb"), no business purpose
 * ("suami minjemin 500rb", "… buat bayar listrik"), someone else's business ("buat modal dia"), a
 * day ahead, a question, or more than one amount.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { G_HONORIFIC, G_HOUSEHOLD } from '../word-roles.ts';
import { present, trigger } from '../triggers.ts';

/** Lending, the lender its subject: "minjemin", "pinjemin", "ngutangin", Javanese "nyilihi", Sundanese "nginjeumkeun". */
const LEND = new Set(['minjemin', 'pinjemin', 'pinjamin', 'minjamin', 'meminjamkan', 'minjemi', 'minjami', 'meminjami', 'ngutangin',
  'ngutangi', 'utangin', 'nyilihi', 'nyilihke', 'nyilihake', 'nginjeumkeun', 'nginjeuman']);
/** Lent to her, the lender after it: "dipinjemin ibu", "dipinjami sama kakak", Javanese "disilihi". */
const LENT = new Set(['dipinjemin', 'dipinjamin', 'dipinjami', 'dipinjemi', 'dipinjamkan', 'diutangin', 'diutangi', 'disilihi',
  'disilihke', 'diinjeumkeun', 'diinjeuman']);
/** Lenders beyond the titles and household words the lexicon knows. */
const KIN = new Set(['suami', 'suamiku', 'istri', 'mertua', 'ortu', 'orangtua', 'emak', 'mamak', 'mama', 'mami',
  'ayah', 'papa', 'abah', 'babe', 'bapak', 'bapakku', 'ibuku', 'mbah', 'kakak', 'kakakku', 'kak', 'abang', 'bang', 'mas', 'mbak', 'adik',
  'adek', 'om', 'tante', 'paman', 'bibi', 'bulik', 'paklik', 'pakde', 'bude', 'budhe', 'sodara', 'saudara', 'teman', 'temen',
  'tetangga', 'mertuaku', 'keluarga', 'kakang', 'teteh', 'aa', 'uwa']);
/** Her, or words of no person: "minjemin aku", "ibu saya", "tadi". */
const HER = new Set(['saya', 'sy', 'aku', 'ku', 'gue', 'gw', 'abdi']);
const SOFT = new Set(['tadi', 'td', 'barusan', 'kemarin', 'kemaren', 'kmrn', 'udah', 'sudah', 'baru', 'alhamdulillah', 'uang', 'duit',
  'sama', 'sm', 'ama', 'oleh', 'dari', 'dr', 'modal']);
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'gawe']);
/** What the money is for when it is her business's. */
const FOR_BUSINESS = new Set(['modal', 'usaha', 'warung', 'dagangan', 'dagang', 'jualan', 'kulakan', 'stok', 'stock', 'toko', 'dodolan']);
/** Another person's business, or a use that is no business: asked. */
const ELSE = new Set(['dia', 'die', 'beliau', 'nya', 'usahanya', 'warungnya', 'jualannya', 'tokonya', 'bayar', 'sekolah', 'spp', 'listrik',
  'rumah', 'makan', 'dapur', 'berobat', 'obat', 'nikah', 'hp', 'motor', 'kontrakan', 'arisan', 'utang', 'hutang', 'cicilan']);

const T_LEND = trigger(LEND, LENT);

function lender(t: Token): boolean {
  return (t.f2 & (G_HONORIFIC | G_HOUSEHOLD)) !== 0 || KIN.has(t.key) || KIN.has(t.text);
}

export function detectKinLent(a: Analysis): ParseResult | null {
  if (!present(a, T_LEND) || a.question || a.truncated) return null;
  let amount: number | null = null;
  for (const ex of a.nums) {
    if (ex.rupiah === null || ex.strength === S_PLAIN || ex.ambiguous || ex.approx || amount !== null) return null;
    amount = ex.rupiah;
  }
  if (amount === null) return null;
  let day: IsoDate | null = null;
  for (const m of a.dates) {
    if (m.future || m.date === null || (day !== null && m.date !== day)) return null;
    day = m.date;
  }
  const inAmount = (i: number): boolean => a.nums.some((ex) => i >= ex.start && i < ex.end);
  const dated = (i: number): boolean => a.dates.some((m) => i >= m.start && i < m.end);
  // The clause of the loan: up to its first comma or line after the amount ("…, nanti diganti" is told, not read).
  const words: Token[] = [];
  let amountSeen = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (inAmount(i)) amountSeen = true;
    if (amountSeen && (t.type === T_NL || (t.type === T_PUNCT && t.text !== '-'))) break;
    if (t.type === T_WORD && !inAmount(i) && !dated(i)) words.push(t);
  }
  const v = words.findIndex((t) => LEND.has(t.key) || LENT.has(t.key) || LEND.has(t.text) || LENT.has(t.text));
  if (v < 0) return null;
  const passive = LENT.has(words[v]?.key ?? '') || LENT.has(words[v]?.text ?? '');
  const before = words.slice(0, v);
  // Up to the purpose: the lender and her, and nobody else.
  let p = words.findIndex((t, i) => i > v && PURPOSE.has(t.key));
  if (p < 0) p = words.length;
  const between = words.slice(v + 1, p);
  let lenders = 0;
  for (const t of passive ? between : before) {
    if (lender(t)) lenders++;
    else if (!HER.has(t.key) && !SOFT.has(t.key)) return null;
  }
  for (const t of passive ? before : between) if (!HER.has(t.key) && !SOFT.has(t.key)) return null;
  if (lenders === 0) return null;
  // For the business: "buat (tambah) modal (warung)", "buat beli stok", or the capital lent itself ("minjemin modal 1jt buat warung").
  const purpose = words.slice(p + 1);
  if (purpose.some((t) => t.key.split(' ').some((w) => ELSE.has(w)) || ELSE.has(t.text) || (t.f2 & G_HONORIFIC) !== 0)) return null;
  // ("modal usaha" is one token: each of its words counts.)
  const business = (t: Token): boolean => t.key.split(' ').some((w) => FOR_BUSINESS.has(w));
  const forBusiness = purpose.slice(0, 3).some(business) || (between.some((t) => t.key === 'modal') && (p === words.length || purpose.some(business)));
  if (!forBusiness) return null;
  const who = (passive ? between : before).filter(lender).map((t) => t.text.toLowerCase()).join(' ');
  return { intent: 'record', entries: [{ kind: 'capital', amount, item: `pinjaman ${who}`, quantity: null, unit: null, unitPrice: null }],
    date: day ?? a.today, confidence: 0.9 };
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectKinLent.words = T_LEND;
