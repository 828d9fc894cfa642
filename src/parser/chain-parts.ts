/**
 * A voice-typed chain: one long unpunctuated message of events joined by "terus", "trus",
 * "lalu", "abis itu", "habis itu", "setelah itu", "kemudian" ("tadi beli benang dua puluh ribu
 * abis itu beli kain tiga meter tiga puluh ribu permeter terus ongkos angkot sepuluh ribu").
 * Each part is an event of its own. The readers join an amount-less part to the next one (as
 * "laku bros dan kalung 50rb" shares one amount), so "laku keripik sepuluh bungkus terus laku
 * donat lima belas ribu" would lose the crisps silently and still be confident.
 *
 * Here: a part that names an event (a buying or selling verb, or a count) but holds no money
 * is not accounted for, so the record asks (`chain_part_unread`); so is goods counted after
 * "sama" once the money was said ("beli gula 20rb sama telur sekilo"). A total said after the
 * parts ("…, semuanya 120rb") may account for them: then the readers of totals decide.
 */
import type { Analysis } from './analyze.ts';
import { C_PARTIAL } from './confidence.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { S_PLAIN } from './amount.ts';
import { T_NL, T_WORD, type Token } from './lexer.ts';
import { F_DURATION, F_EXPENSE, F_PERIOD, F_SALE, F_TOTAL, F_WEAK, G_CAPITAL, G_WITHDRAW } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { PURPOSE_WORDS } from './money-owner.ts';
import { REASON, storyTokens } from './story-clauses.ts';

/** Words that join two events in speech. "abis"/"habis"/"setelah" only with "itu"/"tu" after. */
const THEN = new Set(['terus', 'trus', 'trs', 'terusnya', 'lalu', 'kemudian', 'lanjut', 'abistu', 'habistu']);
const AFTER_THAT = new Set(['abis', 'habis', 'hbs', 'setelah', 'sesudah', 'udah', 'sudah']);
const THAT = new Set(['itu', 'tu', 'tuh']);
/** A chain's joining words, and the "sama" of goods after the money: without them there is nothing to judge. */
const T_CHAIN = trigger(THEN, AFTER_THAT, ['sama', 'dan', 'ama', 'sm', 'samo', 'ame', 'karo', 'lan', 'jeung', 'sareng', 'plus']);
/** "and" after the money: "sama", "dan", Betawi "ama"/"ame", Palembang "samo", Javanese "karo"/"lan", Sundanese "jeung"/"sareng". */
const AND = new Set(['sama', 'dan', 'ama', 'sm', 'plus']);
/** Her paying verbs: "… sama bayar listrik" names an event of its own (the bill) even with no goods counted. */
const PAYS = new Set(['bayar', 'byr', 'membayar', 'bayarin', 'tf', 'transfer', 'lunasin', 'lunasi', 'melunasi']);
/** After a paying verb, how she paid, not what: "bayar pake qris", "bayar cash", "bayar dulu". */
const PAID_HOW = new Set(['pake', 'pakai', 'pk', 'via', 'lewat', 'cash', 'tunai', 'kontan', 'qris', 'lunas', 'dulu', 'semua', 'semuanya',
  'sekalian', 'langsung', 'full', 'di', 'ke', 'nya', 'juga', 'jg']);

/** The token indices where each joined part begins (after its joining words). */
function joins(tokens: readonly Token[]): { at: number; next: number }[] {
  const out: { at: number; next: number }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    const prev = tokens[i - 1] as Token;
    if (THEN.has(t.key)) {
      // "minggu lalu", "bulan lalu", "3 hari lalu": a time ago, no join.
      if (t.key === 'lalu' && (prev.f & (F_PERIOD | F_DURATION)) !== 0) continue;
      out.push({ at: i, next: i + 1 });
    } else if (AFTER_THAT.has(t.key) && THAT.has(tokens[i + 1]?.key ?? '')) {
      out.push({ at: i, next: i + 2 });
      i++;
    }
  }
  return out;
}

/** Whether a part holds money: an amount written with a scale word or currency, or thousands. */
function holdsMoney(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const k = a.numIn[i] as number;
    if (k < 0) continue;
    const ex = a.nums[k];
    if (ex !== undefined && ex.rupiah !== null && (ex.strength !== S_PLAIN || ex.rupiah >= 1000)) return true;
  }
  return false;
}

/**
 * "hari ini aku jualan kue basah di pasar terus laku …": trading (her line of work, where she
 * sells) said as the scene of the first part, not a sale of its own — when nothing is counted there.
 */
const TRADING = new Set(['jualan', 'dodolan', 'icalan', 'dagang', 'berdagang', 'berjualan', 'jualin']);

/** Whether a part names an event: a buying, selling or taking verb, or a count (`scene`: trading alone is no event). */
function namesEvent(a: Analysis, from: number, to: number, scene = false, story?: Uint8Array): boolean {
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    // "abis itu tutup karna mau ambil rapor", "…, yang lama udah abis dipake": why, and the story
    // around her entry, name no event of hers (story-clauses.ts).
    if (t.type === T_WORD && REASON.has(t.key)) return false;
    if (story !== undefined && story[i] !== 0) continue;
    if ((a.numIn[i] as number) >= 0) return true;
    // "telur sekilo", "kerupuk selusin": one such unit is a count too.
    if (t.type === T_WORD && t.info?.one === true) return true;
    if (scene && t.type === T_WORD && TRADING.has(t.text)) continue;
    if (t.type === T_WORD && (((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0) || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0)) {
      return true;
    }
  }
  return false;
}

/** "bayar listrik", "tf ongkir": her paying verb with what it paid for after it, in tokens [from, to). */
function paysFor(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    const t = a.tokens[i] as Token;
    const n = a.tokens[i + 1] as Token;
    if (t.type === T_WORD && PAYS.has(t.key) && n.type === T_WORD && !PAID_HOW.has(n.key)) return true;
  }
  return false;
}

/** A part of a spoken chain that names an event but no money: the record must ask. */
export function unreadChainPart(a: Analysis, purposesJoin = false): boolean {
  if (!present(a, T_CHAIN)) return false;
  const { tokens } = a;
  // A message of lines is a list or a day sheet, read line by line; a chain is one run of words.
  if (tokens.some((t) => t.type === T_NL)) return false;
  const js = joins(tokens);
  let from = 0;
  const parts: [number, number][] = [];
  for (const j of js) {
    parts.push([from, j.at]);
    from = j.next;
  }
  parts.push([from, tokens.length]);
  const story = storyTokens(a);
  // (One part alone is the whole message: the readers' own notes say what it lacks.)
  for (let p = 0; p < parts.length && js.length > 0; p++) {
    const [s, e] = parts[p] as [number, number];
    if (!(namesEvent(a, s, e, p === 0, story) || (p > 0 && paysFor(a, s, e))) || holdsMoney(a, s, e)) continue;
    // "laku 5 bros terus 3 kalung, semuanya 120rb": a total after it may cover the part.
    if (tokens.slice(e).some((t) => t.type === T_WORD && (t.f & F_TOTAL) !== 0)) continue;
    return true;
  }
  return unpricedAfterSama(a, parts, purposesJoin, story);
}

/**
 * "beli gula 20rb sama telur sekilo", "laku bros 5 biji 75rb sama kalung 3": goods counted after
 * "sama" (and) once the money was said — priced with the rest, or not priced at all? Asked.
 * Before an amount "sama" shares it ("beli gula sama telur 30rb"): nothing to ask then.
 */
function unpricedAfterSama(a: Analysis, parts: readonly [number, number][], purposesJoin: boolean, story?: Uint8Array): boolean {
  for (const [s, e] of parts) {
    for (let i = s + 1; i < e; i++) {
      const t = a.tokens[i] as Token;
      if (t.type !== T_WORD || !AND.has(t.key) || !holdsMoney(a, s, i) || (purposesJoin && purposeSince(a, s, i))) continue;
      let end = e;
      for (let k = i + 1; k < e; k++) if ((a.tokens[k] as Token).type === T_WORD && AND.has((a.tokens[k] as Token).key)) end = Math.min(end, k);
      if ((namesEvent(a, i + 1, end, false, story) || paysFor(a, i + 1, end)) && !holdsMoney(a, i + 1, end) &&
        !a.tokens.slice(end).some((u) => u.type === T_WORD && (u.f & F_TOTAL) !== 0)) return true;
    }
  }
  return false;
}

/**
 * "ambil kas 300rb buat kondangan sm beli kado": a purpose word after the last amount before the
 * "and" — what she joins there is the money's purpose, not a second event. Only for money
 * taken out or put in (withdrawal, capital): after a purchase ("beli gula 20rb buat warung sama
 * beli telur") the eggs may be a second purchase, so that is still asked.
 */
function purposeSince(a: Analysis, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) {
    if (holdsMoney(a, i, i + 1)) return false;
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && PURPOSE_WORDS.has(t.key)) return true;
  }
  return false;
}

/**
 * Applied to every reader's result (index.ts), on the message as written — readers hide the
 * words they have read, so the parts must be judged before that: a confident record of a
 * chain with a part not accounted for is asked instead.
 */
export function guardChain(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT) return r;
  const purposesJoin = r.entries.length > 0 && r.entries.every((e) => e.kind === 'withdrawal' || e.kind === 'capital');
  if (!unreadChainPart(a, purposesJoin)) return r;
  const notes = [...(r.notes ?? [])];
  if (!notes.includes('chain_part_unread')) notes.push('chain_part_unread');
  return { ...r, confidence: C_PARTIAL, notes };
}

// Without these words it returns its reading unchanged (unreadChainPart opens on them): applyGuards skips it (guard-lists.ts).
guardChain.words = T_CHAIN;
