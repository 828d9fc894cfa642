/**
 * Money that came from several sources, the split not said: "tadi dapat 300rb, sebagian dari
 * jualan sebagian dikasih ibu", "dapet 250rb, sebagian hasil jualan sisanya kiriman anak",
 * "dapat 300rb campur dari jualan sama dikasih suami", "uang 500rb gabung sama jualan". Only
 * part of it is her sale (or a gift, or capital), and how much is not written: recorded whole
 * as one kind it is wrong, so it is asked ('sources_unsplit'), never recorded unasked.
 *
 * Only known words decide, and each shape needs a source named beside its part word:
 * - two part words ("sebagian … sebagian", "sebagian … sisanya", "separo … separo"), one of them
 *   followed by where the money came from ("dari", "hasil", "dikasih", "kiriman", "pinjam" …).
 *   A part paid or owed ("bayar sebagian 100rb, sisanya besok") names no source: left as read.
 * - a mixing word ("campur", "gabung", "gabungan", "digabung", "kecampur") after the money
 *   (an amount, "uang", "duit") or before "dari"/"sama": "es campur 10 gelas 50rb", "nasi campur
 *   sama es teh 25rb" are goods (a known ware before the word), never money mixed.
 * - her takings and money given or lent joined as one amount's sources (sourcesJoined, below).
 * Purchases are not asked here: "belanja 300rb campur buat warung sama dapur" is money's use
 * (mixed-use.ts).
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { knownWares } from './sold-wares.ts';
import { present, trigger } from './triggers.ts';
import { F_SCALE } from './word-roles.ts';
import { CONFIDENT, type ParseResult } from './types.ts';

const PART = new Set(['sebagian', 'sebagiannya', 'sbagian', 'sebagian2', 'separo', 'separuh', 'separonya', 'separuhnya', 'setengah',
  'setengahnya', 'sisanya', 'sisane', 'sisany', 'sisa']);
/** Two of these make a split ("sisanya" alone is a rest; it needs a "sebagian" or "separo" beside it). */
const FIRST_PART = new Set(['sebagian', 'sebagiannya', 'sbagian', 'sebagian2', 'separo', 'separuh', 'separonya', 'separuhnya', 'setengah',
  'setengahnya']);
/** Where money came from, right after a part word: "sebagian dari jualan", "sebagian dikasih ibu". */
const SOURCE = new Set(['dari', 'dr', 'hasil', 'dikasih', 'dikasi', 'dikirim', 'dikirimin', 'kiriman', 'pemberian', 'pinjam',
  'pinjaman', 'minjem', 'minjam', 'ngutang', 'utang', 'hutang', 'tabungan', 'celengan', 'arisan', 'gaji', 'gajian', 'transferan', 'jualan',
  'dagangan', 'daganganku', 'jualanku', 'penjualan', 'bantuan', 'sangu', 'angpao', 'warisan', 'bonus', 'thr']);
/** Mixing words: the money is one sum of more than one source. */
const MIX = new Set(['campur', 'campuran', 'kecampur', 'dicampur', 'gabung', 'gabungan', 'digabung', 'kegabung', 'nyampur', 'tercampur',
  'bercampur']);
/** After a mixing word, the sources it joins: "campur dari jualan", "gabung sama jualan". */
const JOINED = new Set(['dari', 'dr', 'sama', 'sm', 'ama', 'dgn', 'dengan', 'karo', 'jeung', 'antara']);
/** The money itself before a mixing word: "uang 500rb gabung", "duitnya campur". */
const MONEY = new Set(['uang', 'uangnya', 'duit', 'duitnya', 'dana', 'doi']);

/**
 * The third shape: her takings and money given or lent, joined as the sources of one amount —
 * "uang 700rb ini hasil jualan sama kiriman anak", "duit 500rb dari dagangan karo kiriman
 * anakku", "kiriman suami dan hasil jualan 1jt". How much is which is not said.
 */
const TAKINGS = new Set(['jualan', 'jualanku', 'jualannya', 'dagangan', 'daganganku', 'dagangannya', 'dagang', 'penjualan', 'dodolan',
  'dodolanku', 'usaha', 'warung', 'omzet', 'omset']);
/** Money given, lent or saved: never her takings. */
const GIVEN = new Set(['kiriman', 'kirimane', 'dikasih', 'dikasi', 'dikirim', 'dikirimin', 'pemberian', 'pinjam', 'pinjaman', 'minjem',
  'minjam', 'nyilih', 'tabungan', 'celengan', 'arisan', 'gaji', 'gajian', 'bantuan', 'sangu', 'angpao', 'warisan', 'thr', 'pensiun']);
/** Money sent, given or lent to her as an entry's first word: never goods she sold ("celengan", "arisan" may be). */
const SENT = new Set(['kiriman', 'kirimane', 'dikasih', 'dikasi', 'dikirim', 'dikirimin', 'pemberian', 'pinjaman', 'pinjam', 'minjem',
  'nyilih', 'gaji', 'gajian', 'sangu', 'angpao', 'warisan', 'thr', 'pensiun']);
/** Words that join the two sources: "sama", "dan", "karo", "plus" (the lexer folds many regional ones into these). */
const AND = new Set(['sama', 'sm', 'ama', 'dan', 'dn', 'karo', 'lan', 'jeung', 'jo', 'wan', 'plus', 'ditambah', 'tambah', 'campur']);
/** Words that may stand between a source word and the joiner or the next source: "hasil jualan sama uang kiriman anak". */
const BETWEEN = new Set(['dari', 'dr', 'hasil', 'uang', 'duit', 'ini', 'itu', 'yg', 'yang', 'anak', 'anakku', 'suami', 'ortu', 'ibu', 'mertua',
  'aku', 'saya', 'sy']);

const T_SOURCES = trigger(PART, MIX, GIVEN);

/** One amount, her takings and a given source joined by an "and" with only source words between (see GIVEN). */
function sourcesJoined(a: Analysis, ks: readonly string[]): boolean {
  if (a.nums.length !== 1) return false;
  for (let i = 0; i < ks.length; i++) {
    const from = TAKINGS.has(ks[i] as string) ? GIVEN : GIVEN.has(ks[i] as string) ? TAKINGS : null;
    if (from === null) continue;
    let joined = false;
    for (let j = i + 1; j < ks.length && j <= i + 5; j++) {
      const k = ks[j] as string;
      const tok = a.tokens[j] as Token;
      if (joined && from.has(k)) return true;
      if (AND.has(k) || (tok.type !== T_WORD && (tok.text === '+' || tok.text === '&'))) joined = true;
      else if (!BETWEEN.has(k)) break;
    }
  }
  return false;
}

function ask(r: ParseResult, note: string): ParseResult {
  const notes = [...(r.notes ?? [])];
  if (!notes.includes(note)) notes.push(note);
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes } as ParseResult;
}

/** Two part words, one of them naming a source right after it (a word between allowed: "sebagian lagi dari …"). */
function splitUnsaid(ks: readonly string[]): boolean {
  const parts = ks.flatMap((k, i) => (PART.has(k) ? [i] : []));
  if (parts.length < 2 || !parts.some((i) => FIRST_PART.has(ks[i] as string))) return false;
  return parts.some((i) => SOURCE.has(ks[i + 1] ?? '') || (ks[i + 1] === 'lagi' && SOURCE.has(ks[i + 2] ?? '')));
}

/** A mixing word of money: after an amount or a money word, or joining sources after it — never after wares. */
function mixedMoney(tokens: readonly Token[], ks: readonly string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!MIX.has(ks[i] as string)) continue;
    const prev = tokens[i - 1];
    if (prev !== undefined && prev.type === T_WORD && knownWares([prev.key])) continue;
    const afterMoney = prev !== undefined && (prev.type === T_NUM || (prev.f & F_SCALE) !== 0 || MONEY.has(prev.key));
    if (afterMoney || JOINED.has(ks[i + 1] ?? '')) return true;
  }
  return false;
}

export function guardSourcesMixed(a: Analysis, r: ParseResult): ParseResult {
  if (!present(a, T_SOURCES) || r.intent !== 'record' || r.confidence < CONFIDENT) return r;
  if (r.entries.length === 0 || r.entries.every((e) => e.kind === 'expense')) return r;
  const ks = a.tokens.map((t) => (t.type === T_WORD ? t.key : ''));
  if (splitUnsaid(ks) || mixedMoney(a.tokens, ks) || sourcesJoined(a, ks)) return ask(r, 'sources_unsplit');
  // "hasil jualan 500rb sama kiriman anak 200rb": the sale carried onto money sent to her is no sale.
  return r.entries.some((e) => e.kind === 'sale' && SENT.has(e.item?.split(' ')[0] ?? '')) ? ask(r, 'personal_money') : r;
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardSourcesMixed.words = T_SOURCES;
