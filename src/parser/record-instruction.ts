/**
 * An instruction NOT to record ("eh yang makan ga usah dicatat", "yg tadi jangan dicatat
 * dulu", "beli gula 20rb ga usah dicatat ya") is never a record, whatever money it names: she
 * told the bot to leave it out. With money it is `unknown` (`not_to_record`: the bot says it
 * left it out); without, it points at something already written — an undo, asked (below 0.8:
 * the bot changes nothing and shows how to take the last entry back, because a question the
 * bot asked before may be what "jangan dicatat" answers).
 *
 * The words: a "don't" (`jangan`, `jgn`, Javanese `ojo`/`aja`, Sundanese `ulah`) right before a
 * recording verb, or a "no need" (`ga usah`, `tidak perlu`, `gausah`, `ora usah`, `teu kedah`)
 * before it. A bare negation ("kemarin ga dicatat": it was not recorded, so record it now) and
 * "jangan lupa dicatat" (do record it) are not the instruction.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT, C_PARTIAL } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';

/** "don't" by itself. */
const DONT = new Set(['jangan', 'jgn', 'jgan', 'ojo', 'ojok', 'ulah', 'usah']);
/** A negation that needs "usah"/"perlu" after it to be "no need to". */
const NOT = new Set(['gak', 'ga', 'tidak', 'tdk', 'nggak', 'ndak', 'nda', 'ora', 'ra', 'teu', 'gk', 'g', 'engga', 'enggak', 'ngga', 'tak']);
const NEED = new Set(['usah', 'usa', 'ush', 'perlu', 'prlu', 'kedah', 'butuh', 'harus']);
/** "gausah", "gaperlu", "ndausah", "gkusah": the two glued. */
const GLUED = new Set(['gausah', 'gausa', 'gaush', 'gaperlu', 'gakusah', 'gakperlu', 'ndausah', 'ndakusah', 'gkusah', 'gkperlu',
  'nggausah', 'ngausah', 'tdkusah', 'rausah', 'orausah', 'gusah']);
/** Recording: catat and its forms, write, input, put in (the books). */
const RECORD = new Set(['catat', 'dicatat', 'catet', 'dicatet', 'dicatatkan', 'dicatetin', 'dicatatin', 'catatin', 'catetin', 'nyatat',
  'nyatet', 'mencatat', 'ctt', 'dictt', 'tulis', 'ditulis', 'nulis', 'input', 'diinput', 'diinputin', 'masukin', 'dimasukin',
  'dimasukkan', 'dimasukan', 'masukkan', 'masukan', 'hitung', 'dihitung', 'itung', 'diitung', 'simpan', 'disimpan', 'rekap', 'direkap',
  'catatan', 'dicatetke', 'dicatetne', 'ditulisi']);
/** The books, after "masuk": "ga masuk hitungan", "masuk catatan". */
const BOOKS = new Set(['catatan', 'hitungan', 'itungan', 'pembukuan', 'buku', 'laporan', 'rekap', 'catetan']);
/** Words allowed between the "don't" and the verb: "jangan di catat", "ga usah ya dicatat". */
const BETWEEN = new Set(['di', 'ya', 'aja', 'saja', 'dulu', 'dl', 'usah', 'perlu', 'masuk', 'ke', 'kan', 'lah', 'bu']);

function word(t: Token | undefined): string {
  return t !== undefined && t.type === T_WORD ? t.text : '';
}

const T_NOT_TO_RECORD = trigger(GLUED, DONT, NOT);
/** Token index of the "don't record" instruction, or -1. */
export function notToRecordAt(a: Analysis): number {
  if (!present(a, T_NOT_TO_RECORD)) return -1;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const w = word(tokens[i]);
    if (w === '') continue;
    let from = -1;
    if (GLUED.has(w)) from = i + 1;
    else if (DONT.has(w) && w !== 'usah') from = i + 1;
    else if (NOT.has(w) && NEED.has(word(tokens[i + 1]))) from = i + 2;
    // "yg 25rb itu ga masuk hitungan", "jangan masuk buku": kept out of the books.
    else if (NOT.has(w) && word(tokens[i + 1]) === 'masuk' && BOOKS.has(word(tokens[i + 2]))) return i;
    if (from < 0) continue;
    // "jangan lupa dicatat": do record it.
    for (let j = from; j < tokens.length && j <= from + 3; j++) {
      const x = word(tokens[j]);
      if (RECORD.has(x) || RECORD.has((tokens[j] as Token).key)) {
        // "masuk catatan": the noun only after "masuk"/"masukin"/"ke".
        if (x === 'catatan' && !['masuk', 'ke', 'di'].includes(word(tokens[j - 1]))) break;
        return i;
      }
      if (!BETWEEN.has(x)) break;
    }
  }
  return -1;
}

/** The result for a message that says not to record: an asked undo or a note, never a record. */
export function guardNotToRecord(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent === 'undo' || r.intent === 'delete_entry' || r.intent === 'delete_all' || r.intent === 'correction' || r.intent === 'help') return r;
  if (r.intent === 'unknown' && r.confidence < 0.8 && (r.notes ?? []).length > 0) return r;
  if (notToRecordAt(a) < 0) return r;
  const money = a.nums.some((e) => e.rupiah !== null);
  if (money) return { intent: 'unknown', confidence: C_PARTIAL, notes: ['not_to_record'] };
  return { intent: 'undo', confidence: C_DOUBT, notes: ['not_to_record'] };
}

// Without these words it returns its reading unchanged (notToRecordAt opens on them): applyGuards skips it (guard-lists.ts).
guardNotToRecord.words = T_NOT_TO_RECORD;
