/**
 * Corrections of an entry's day or kind, not of its numbers:
 *
 *   "ralat, itu jualan kemarin"              → date: yesterday (kind "sale" as she names it)
 *   "yang tadi tanggal 3", "pindahkan ke kemarin", "salah tanggal, harusnya kemarin"
 *   "salah, itu pengeluaran bukan penjualan" → kind: expense
 *   "bukan jualan tapi belanja", "harusnya belanja"
 *
 * Only when nothing but the day, the kind and small words are written: an amount or goods
 * make it a different message (a record, an amount correction). A future day is not a
 * correction; a day more than OLDEST_DAYS_BACK back is asked (old_date).
 */
import { addDays, type IsoDate } from '../../core/dates.ts';
import { firstSignificant, isSoft, type Analysis } from '../analyze.ts';
import { C_DOUBT, C_PARTIAL, Confidence } from '../confidence.ts';
import { dayOfMonth } from '../dates.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { EntryKind, ParseResult } from '../types.ts';
import { G_CORRECT } from '../word-roles.ts';
import { OLDEST_DAYS_BACK } from './record.ts';
import { scored } from './shared.ts';

/** Words that name a kind of entry, as she would call it. */
const KIND_WORDS: ReadonlyMap<string, EntryKind> = new Map([
  ...['jualan', 'penjualan', 'jual', 'laku', 'terjual', 'pemasukan', 'pendapatan', 'masuk', 'omset', 'sale', 'sales', 'income'].map(
    (w) => [w, 'sale'] as const,
  ),
  ...['belanja', 'belanjaan', 'pengeluaran', 'beli', 'keluar', 'biaya', 'kulakan', 'expense', 'spending'].map((w) => [w, 'expense'] as const),
  ...['prive'].map((w) => [w, 'withdrawal'] as const),
]);

/** Small words such a correction is made of (besides soft words and correction words). */
const SHAPE_WORDS = new Set([
  'salah', 'keliru', 'bukan', 'tapi', 'tetapi', 'melainkan', 'jadi', 'pindah', 'pindahkan', 'pindahin', 'dipindah', 'dipindahkan',
  'tanggal', 'tanggalnya', 'tgl', 'hari', 'harinya', 'jenis', 'jenisnya', 'catatan', 'catatannya', 'masuk', 'ke', 'itu', 'yang', 'tadi',
  'yang tadi', 'eh', 'maaf', 'sorry', 'mestinya', 'seharusnya', 'harusnya', 'dicatat', 'catat', 'di', 'sebagai', 'buat', 'untuk', 'punya',
]);

/** Lead words that make such a message a correction without "ralat": "yang tadi …", "itu …", "pindahkan …". */
const SOFT_CUES = new Set(['yang tadi', 'itu', 'pindah', 'pindahkan', 'pindahin', 'tanggalnya', 'jenisnya', 'bukan']);

/** Words that say an entry is to be changed ("ralat" and the like are G_CORRECT). */
const CHANGE_WORDS = new Set(['salah', 'keliru', 'bukan', 'pindah', 'pindahkan', 'pindahin', 'dipindah', 'dipindahkan', 'ganti',
  'diganti', 'gantikan', 'ganti jadi', 'harusnya', 'seharusnya', 'mestinya', 'ralat', 'koreksi']);

export interface ShapeChange {
  date?: IsoDate;
  kind?: EntryKind;
  /** The day was written vaguely or long ago: worth asking. */
  doubt: string | null;
}

/**
 * Reads a day and/or kind change from token `from` on; null when anything else is written
 * (an amount, goods, two days, two different kinds).
 */
export function readShapeChange(a: Analysis, from: number): ShapeChange | null {
  const { tokens } = a;
  let date: IsoDate | undefined;
  let doubt: string | null = null;
  const kinds = new Set<EntryKind>();
  const notKinds = new Set<EntryKind>();
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT || t.type === T_NL) continue;
    const mention = a.dates.find((d) => d.start <= i && i < d.end);
    if (mention) {
      if (mention.date === null || mention.future) return null;
      // "yang tadi tanggal 3": "tadi" says which entry, the other day is where it goes.
      if (mention.date === a.today && t.key === 'yang tadi') continue;
      // "itu kemarin bukan hari ini": the day after "bukan" is where it is not.
      const prev = tokens[i - 1];
      if (prev?.type === T_WORD && prev.key === 'bukan') {
        i = mention.end - 1;
        continue;
      }
      if (date !== undefined && date !== mention.date) return null;
      date = mention.date;
      if (mention.vague) doubt = 'vague_date';
      i = mention.end - 1;
      continue;
    }
    if (t.type === T_NUM) {
      // "tanggalnya 18": a day of the month after a date word the date reader left alone.
      const prev = tokens[i - 1];
      const n = t.num?.ok && t.num.plain ? t.num.value.m : null;
      if (n !== null && prev?.type === T_WORD && (prev.key === 'tanggalnya' || prev.key === 'tanggal' || prev.key === 'tgl')) {
        const d = dayOfMonth(a.today, n);
        if (d === null || (date !== undefined && date !== d)) return null;
        date = d;
        continue;
      }
      return null;
    }
    if (t.type !== T_WORD) return null;
    const kind = KIND_WORDS.get(t.key);
    if (kind !== undefined) {
      const prev = tokens[i - 1];
      if (prev?.type === T_WORD && prev.key === 'bukan') notKinds.add(kind);
      else kinds.add(kind);
      continue;
    }
    if (a.marks[i] !== 0) return null;
    if (SHAPE_WORDS.has(t.key) || (t.f2 & G_CORRECT) !== 0 || isSoft(t)) continue;
    return null;
  }
  // "bukan jualan tapi belanja" names both; a kind said only as "bukan …" says nothing new.
  for (const k of notKinds) kinds.delete(k);
  if (kinds.size > 1) return null;
  const kind = kinds.values().next().value;
  if (date === undefined && kind === undefined) return null;
  if (date !== undefined && date < addDays(a.today, -OLDEST_DAYS_BACK)) doubt = 'old_date';
  const change: ShapeChange = { doubt };
  if (date !== undefined) change.date = date;
  if (kind !== undefined) change.kind = kind;
  return change;
}

/** The change as a correction result (amount and quantity null). */
export function shapeCorrection(change: ShapeChange, c: Confidence, index?: number): ParseResult {
  if (change.doubt) c.cap(C_DOUBT, change.doubt);
  const r: Extract<ParseResult, { intent: 'correction' }> = { intent: 'correction', amount: null, quantity: null, confidence: 0 };
  if (index !== undefined) r.index = index;
  if (change.date !== undefined) r.date = change.date;
  if (change.kind !== undefined) r.kind = change.kind;
  return scored(r, c);
}

/**
 * Without a correction word: "yang tadi tanggal 3", "itu pengeluaran bukan penjualan",
 * "pindahkan ke kemarin". A lead word must say it is about an entry already written.
 */
export function detectShapeChange(a: Analysis): ParseResult | null {
  const first = firstSignificant(a);
  // "yang tadi" is soft, so look at the first word of all.
  let lead = -1;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT) continue;
    lead = i;
    break;
  }
  const head = a.tokens[lead];
  if (!head || head.type !== T_WORD || !SOFT_CUES.has(head.key) || first < 0) return null;
  const change = readShapeChange(a, lead);
  if (!change) return null;
  // "itu kemarin" alone is thin: acted on only when it names a kind or a clear move word.
  const c = new Confidence(0.9);
  // "itu jualan kemarin ya bu", "itu belanja bulanan": a bare "itu …" is as often group
  // chatter about something else; without a word that says "change it" it is asked.
  if (head.key === 'itu' && !a.tokens.some((t) => t.type === T_WORD && (CHANGE_WORDS.has(t.key) || (t.f2 & G_CORRECT) !== 0))) {
    c.cap(C_DOUBT, 'correction_word_missing');
  }
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  return shapeCorrection(change, c);
}
