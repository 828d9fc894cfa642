/**
 * A use she has not chosen yet: "uang 2jt dari arisan keluar / mau buat modal atau buat rumah ya
 * bingung / pripun bu enake", "dapet arisan 2jt, buat modal apa buat rumah ya?". The money is
 * real, but whether it went into the business (capital) or home (no entry of the business) is
 * the very thing she asks: never recorded unasked as either ('purpose_unplaced', as a part put
 * into the business with the rest unsaid is: part-said.ts).
 *
 * The shape: a purpose word ("buat", "untuk", "jadi"; "kanggo", "keur" read so) and within a few
 * words a choice word ("atau", "apa", Javanese "opo", "utawa") with a second use after it; and
 * either a word of doubt anywhere ("bingung", "enaknya", "gimana", "pripun", "mending") or the two
 * uses on both sides of the business and the home ("modal … rumah"). "beli telur buat kue atau
 * roti 30rb" (two goods of her trade, no doubt said) is a purchase and is left as read.
 *
 * A second, narrower shape for capital (`purposeOffered`, asked from plan-guard.ts, whichever
 * reader read the capital): a business purpose offered as one of two purposes, each with its own
 * purpose word ("pinjaman cair 3jt, buat modal apa buat benerin rumah"), with or without doubt.
 * "beli gula atau tepung 50rb" has no purpose, "buat beli gula atau tepung" one purpose of two
 * goods: untouched. Her doubt alone ("bingung mau jualan apa") is about something else: untouched.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NUM, T_NL, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { G_HOUSEHOLD } from './word-roles.ts';

const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'jadi', 'jadiin', 'dijadiin', 'dijadikan', 'gawe', 'dienggo', 'dinggo']);
/** Purpose words that open each side of a purpose offered as one of two, with their regional forms. */
const PURPOSE_OPENER = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'gawe']);
/** "or" before the second purpose: "apa"/"opo" only right before it ("buat modal apa buat rumah"). */
const OR_BEFORE_PURPOSE = new Set(['atau', 'ato', 'atw', 'atawa', 'utawa', 'apa', 'opo']);
/** "or" as she writes it; "apa" and Javanese "opo" join two choices as "atau" does ("buat modal apa buat rumah"). */
const OR = new Set(['atau', 'ato', 'atw', 'atawa', 'utawa', 'apa', 'apo', 'opo', 'or']);
/** Words of a choice not made: "bingung", "enaknya", "gimana", "pripun", "mending", "sebaiknya". */
const DOUBT = new Set(['bingung', 'bingun', 'galau', 'ragu', 'enaknya', 'enake', 'enakny', 'gimana', 'gmn', 'gmna', 'bagaimana',
  'piye', 'pripun', 'kumaha', 'mending', 'mendingan', 'sebaiknya', 'baiknya', 'bagusnya', 'saran', 'sarannya']);
/** The business as a use: "modal", "usaha", "dagangan", "kulakan". */
const BUSINESS_USE = new Set(['modal', 'modalnya', 'usaha', 'dagangan', 'jualan', 'kulakan', 'stok', 'warung', 'toko']);

const T_CHOICE = trigger(OR);

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/** The use a word names: the business, the home, or null. */
function useAt(t: Token): 'business' | 'home' | null {
  if (BUSINESS_USE.has(t.key)) return 'business';
  return (t.f2 & G_HOUSEHOLD) !== 0 ? 'home' : null;
}

/** Whether the message holds a choice of two uses (see the file comment). */
export function undecidedUse(a: Analysis): boolean {
  if (!present(a, T_CHOICE)) return false;
  const { tokens } = a;
  const doubt = tokens.some((t) => word(t) && DOUBT.has(t.key));
  for (let i = 0; i < tokens.length; i++) {
    if (!word(tokens[i]) || !PURPOSE.has((tokens[i] as Token).key)) continue;
    const sides = new Set<string>();
    let or = -1;
    for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
      const u = tokens[j] as Token;
      if (u.type === T_NUM || u.type === T_NL) break;
      if (!word(u)) continue;
      if (OR.has(u.key) && or < 0 && j > i + 1) or = j;
      const use = useAt(u);
      if (use !== null) sides.add(`${or < 0 ? 'a' : 'b'}:${use}`);
    }
    if (or < 0 || !word(tokens[or + 1])) continue;
    const across = (sides.has('a:business') && sides.has('b:home')) || (sides.has('a:home') && sides.has('b:business'));
    if (doubt || across) return true;
  }
  return false;
}

/** Whether a purpose opener stands in tokens [from, to). */
function purposeIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) {
    const t = tokens[k] as Token;
    if (t.type === T_WORD && PURPOSE_OPENER.has(t.key)) return true;
  }
  return false;
}

/** Whether two purposes are offered, each with its own purpose word (the second shape above). */
export function purposeOffered(a: Analysis): boolean {
  if (!present(a, T_CHOICE)) return false;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !OR_BEFORE_PURPOSE.has(t.key)) continue;
    // A purpose shortly before the "or", another right after it.
    if (purposeIn(tokens, i - 4, i) && purposeIn(tokens, i + 1, t.key === 'apa' || t.key === 'opo' ? i + 2 : i + 3)) return true;
  }
  return false;
}

/** A confident record of money whose use is the choice she asks about: asked. */
export function guardUndecidedUse(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || !undecidedUse(a)) return r;
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []), 'purpose_unplaced'] } as ParseResult;
}

// Without these words it returns its reading unchanged (undecidedUse opens on them): applyGuards skips it (guard-lists.ts).
guardUndecidedUse.words = T_CHOICE;
