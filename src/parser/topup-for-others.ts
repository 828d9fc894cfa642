/**
 * Top-ups filled for other people: "ngisi token ke 2 orang 22rb", "isi pulsa buat 3 org 60rb",
 * "isiin token tetangga 50rb", "isi kuota ke 2 nomor 100rb", "isi token bu Ani 50rb", "isi pulsa ke
 * nomor pelanggan 27rb". A pulsa or token reseller fills
 * other people's numbers and meters and is paid for it (her sale); a woman may also pay for her
 * family's or a friend's. Whose money it was is not written, so it is asked, never recorded as
 * her own expense unasked. Her own top-up ("beli token 50rb", "isi pulsa 25rb") names nobody and
 * stays an expense; a sale said ("jual token 20rb ke 2 orang") is read as a sale.
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_NUMWORD, F_SALE, F_WEAK, G_HONORIFIC } from './word-roles.ts';

/** What is filled or topped up. */
const TOPUP = new Set(['pulsa', 'token', 'kuota', 'voucher', 'vocer', 'voucer', 'topup', 'top-up', 'saldo', 'gopay', 'ovo',
  'shopeepay', 'dana', 'emoney', 'e-money', 'flazz', 'tapcash', 'brizzi']);
const T_TOPUP = trigger(TOPUP);
/** Before the people: "ke 2 orang", "buat tetangga". */
const TO = new Set(['ke', 'buat', 'bwt', 'utk', 'untuk', 'untk', 'kepada', 'pd', 'pada', 'gae', 'kange']);
/** Counted heads or lines: "2 orang", "3 nomor", "2 rumah". */
const HEADS = new Set(['orang', 'org', 'nomor', 'nomer', 'nmr', 'no', 'hp', 'rumah', 'meteran', 'meter', 'akun', 'pelanggan', 'kk']);
/** People other than her household: "tetangga", "temen". */
const OTHERS = new Set(['tetangga', 'tetanggaku', 'tangga', 'temen', 'teman', 'temenku', 'temanku', 'kawan', 'sodara', 'saudara',
  'orang', 'org', 'orang2', 'org2', 'konsumen', 'customer', 'cust', 'pelanggan', 'langganan', 'pembeli']);

/** Whether the message fills a top-up for other people and reads it as her expense. */
export function topUpForOthers(a: Analysis, entries: readonly { kind: string }[]): boolean {
  if (!present(a, T_TOPUP) || !entries.some((e) => e.kind === 'expense')) return false;
  const { tokens } = a;
  // A sale said ("jual token ke 2 orang") is read by its verb.
  if (tokens.some((t) => (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0)) return false;
  const at = tokens.findIndex((t) => t.type === T_WORD && TOPUP.has(t.key));
  if (at < 0) return false;
  for (let k = at + 1; k < tokens.length && k <= at + 5; k++) {
    const t = tokens[k] as Token;
    let j = TO.has(t.key) ? k + 1 : k;
    const n = tokens[j];
    const counted = n !== undefined && (n.type === T_NUM || (n.type === T_WORD && (n.f & F_NUMWORD) !== 0));
    if (counted) j++;
    // "ke nomor pelanggan", "token rumah bu Ani": whose number or meter.
    if (!counted && HEADS.has(tokens[j]?.key ?? '') && tokens[j + 1]?.type === T_WORD) j++;
    const who = tokens[j];
    if (who?.type !== T_WORD) continue;
    // "isi token bu Ani 50rb": a titled person's meter.
    if (!counted && (who.f2 & G_HONORIFIC) !== 0 && tokens[j + 1]?.type === T_WORD && (j > k || k === at + 1)) return true;
    // "2 orang", "3 nomor" counted; "tetangga", "temen" named, after "ke"/"buat" or right after the top-up.
    if (counted && HEADS.has(who.key)) return true;
    if (!counted && OTHERS.has(who.key) && (j > k || k === at + 1)) return true;
  }
  return false;
}
