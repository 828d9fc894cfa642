/**
 * One verb, several amounts, each with its own purpose (issue 15): "ambil duit laci 100rb buat
 * bayar listrik sama 20rb buat jajan anak" is two withdrawals (120.000), "beli plastik 15rb sama
 * 20rb buat jajan anak" is an expense of 15.000 and a withdrawal of 20.000. The verb is written
 * once; every later amount is joined by "sama", "dan", "terus", "plus", "+", a comma or a
 * regional "and" (Javanese "karo", "lan", Sundanese "jeung", Minang "jo", Banjar "wan") and says
 * what it was for. Read whole, the second amount was dropped or took the first clause's kind.
 *
 * Such an amount is a NEW amount, not a part of the first (part-amount.ts reads parts): the
 * joiner adds ("sama", "dan", "plus"), or the first amount already has a purpose of its own
 * ("100rb buat listrik, 50rb buat arisan": the hundred is spent on the bill), or it is larger
 * than the first. A part's own marks ("yang 50rb", "50rbnya", "diantaranya") leave it to
 * part-amount.ts.
 *
 * The first clause is read by the parser on its own; each later one is placed by its purpose:
 * the home ("jajan anak", "makan di rumah") is a withdrawal, the business ("bensin antar
 * dagangan", "buat jualan") an expense, and a purpose neither says ("buat bayar listrik", "buat
 * beli sabun") takes the kind of the money's verb: money taken from the till ("ambil", "pake
 * duit dagangan") a withdrawal, as one clause alone is read; after buying, an expense asked.
 * Debts, dues and sources ("buat cicilan", "buat arisan") are asked. An amount no clause can
 * place is never dropped: the record is asked.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { itemOf, mealOnly, purposeOf } from './part-amount.ts';
import type { ParsedEntry, ParseResult } from './types.ts';
import { F_EXPENSE, F_SALE, G_WITHDRAW } from './word-roles.ts';

type RecordResult = Extract<ParseResult, { intent: 'record' }>;

/** Joiners that add another amount. */
const AND = new Set(['sama', 'sm', 'ama', 'dan', 'dn', 'plus', 'serta', 'ditambah']);
/** Joiners that only go on ("terus", a comma): a new amount when the first has a purpose of its own. */
const THEN = new Set(['terus', 'trus', 'trs', 'lalu', 'lantas', 'abis', 'habis', 'abistu', 'teros']);
/** Purpose words (the lexer folds "kanggo", "keur", "gasan", "untuak", "nggo" into "untuk"). */
const PURPOSE = new Set(['buat', 'bwt', 'buwat', 'untuk', 'utk', 'untk']);
/** "uang jualan", "duit dagangan": the sale word names the money. */
const MONEY = new Set(['uang', 'duit', 'hasil', 'kas', 'pitih']);
/** Marks of a part of the amount before: part-amount.ts reads those. */
const PART_MARKS = new Set(['nya', 'yang', 'yg', 'diantaranya', 'antaranya', 'termasuk', 'sebagian', 'sisanya', 'sisa', 'dari']);

interface Part {
  /** First token of the amount and the end of the part (exclusive). */
  start: number;
  end: number;
  amount: number;
  /** Token of the purpose word, or -1 when the part names none. */
  purpose: number;
}

function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && t.type === T_PUNCT && chars.includes(t.text);
}

/** Cheap gate: two amounts, a purpose word and a joiner; nothing to do otherwise. */
const T_PURPOSE = trigger(PURPOSE);

function mayHaveParts(a: Analysis): boolean {
  if (a.nums.length < 2 || !present(a, T_PURPOSE)) return false;
  let purpose = false;
  let join = false;
  for (const t of a.tokens) {
    if (t.type === T_WORD) {
      if (PURPOSE.has(t.key)) purpose = true;
      else if (AND.has(t.key) || THEN.has(t.key)) join = true;
    } else if (isPunct(t, '+,&')) join = true;
  }
  return purpose && join;
}

/** The money amount starting at token i (a scale or currency written), or null. */
function moneyAt(a: Analysis, i: number): { amount: number; end: number } | null {
  const k = a.numIn[i];
  if (k === undefined || k < 0) return null;
  const ex = a.nums[k];
  if (!ex || ex.start !== i || ex.rupiah === null || ex.strength === S_PLAIN || ex.ambiguous || ex.approx || ex.each) return null;
  return { amount: ex.rupiah, end: ex.end };
}

/**
 * Where the later parts begin: a joiner (or a line break before one) right before an amount.
 * `additive` says the joiner adds for sure ("sama", "plus", "+").
 */
function partStarts(a: Analysis): { joiner: number; at: number; additive: boolean }[] {
  const out: { joiner: number; at: number; additive: boolean }[] = [];
  const { tokens } = a;
  for (let i = 1; i < tokens.length; i++) {
    if (a.numIn[i] === -1 || a.numIn[i] === a.numIn[i - 1]) continue;
    let j = i - 1;
    let additive = false;
    let joined = false;
    // "…, terus 25rb", "… sama 20rb", "… + 15rb", "…\nsama 20rb".
    const w = tokens[j] as Token;
    if (w.type === T_WORD && (AND.has(w.key) || THEN.has(w.key))) {
      additive = AND.has(w.key);
      joined = true;
      j--;
      if (isPunct(tokens[j], ',') || tokens[j]?.type === T_NL) j--;
    } else if (isPunct(w, '+&')) {
      additive = true;
      joined = true;
      j--;
    } else if (isPunct(w, ',')) {
      joined = true;
      j--;
    }
    if (joined) out.push({ joiner: j + 1, at: i, additive });
  }
  return out;
}

/** The text of tokens [from, to), spaced as written. */
function textOf(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) out += '\n';
    else out += (out === '' || t.attached || out.endsWith('\n') ? '' : ' ') + t.text;
  }
  return out.trim();
}

/** The purpose word in [from, to), or -1. */
function purposeIn(a: Analysis, from: number, to: number): number {
  for (let i = from; i < to; i++) if ((a.tokens[i] as Token).type === T_WORD && PURPOSE.has((a.tokens[i] as Token).key)) return i;
  return -1;
}

/**
 * The message read as one verb's several amounts, or null when it is not written so. `read`
 * parses a text as the parser does.
 */
export function readPurposeParts(a: Analysis, r: ParseResult, read: (text: string) => ParseResult): ParseResult | null {
  // A repayment too: "… sama 50rb buat bayar cicilan" read whole took the instalment for all of it.
  if (r.intent !== 'record' && r.intent !== 'unknown' && r.intent !== 'repayment') return null;
  if (!mayHaveParts(a)) return null;
  const { tokens } = a;
  const starts = partStarts(a);
  if (starts.length === 0) return null;
  const head = starts[0] as (typeof starts)[number];
  // The first clause: one amount, a buying or taking verb, no sale.
  let headAmount = -1;
  let takes = false;
  let buys = false;
  let sells = false;
  for (let i = 0; i < head.joiner; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) return null; // a list of lines is day-lines.ts's
    // One money amount; a count ("2 kilo") may stand beside it.
    // (An amount said in words starts with a word: "seratus ribu buat listrik" as "100rb buat listrik".)
    if (a.numIn[i] !== -1 && (i === 0 || a.numIn[i - 1] !== a.numIn[i]) && (a.nums[a.numIn[i] as number]?.strength ?? S_PLAIN) !== S_PLAIN) {
      if (headAmount >= 0) return null;
      headAmount = i;
    }
    if (t.type !== T_WORD) continue;
    if ((t.f & F_SALE) !== 0 && (t.f2 & G_WITHDRAW) === 0) {
      if (!(i > 0 && MONEY.has(tokens[i - 1]?.key ?? ''))) sells = true; // "uang jualan" names the money
    } else if ((t.f2 & G_WITHDRAW) !== 0) takes = true;
    else if ((t.f & F_EXPENSE) !== 0) buys = true;
  }
  const first = headAmount >= 0 ? moneyAt(a, headAmount) : null;
  if (first === null || (takes || buys ? 1 : 0) + (sells ? 1 : 0) !== 1) return null;
  const headPurpose = purposeIn(a, first.end, head.joiner) >= 0;

  // The later parts: an amount, then a purpose (or nothing), up to the next part.
  const parts: Part[] = [];
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as (typeof starts)[number];
    const money = moneyAt(a, s.at);
    if (money === null) return null;
    const end = k + 1 < starts.length ? (starts[k + 1] as (typeof starts)[number]).joiner : tokens.length;
    for (let i = money.end; i < end; i++) {
      const t = tokens[i] as Token;
      if (t.type === T_NL) return null;
      if (t.type === T_NUM || a.numIn[i] !== -1) return null; // a count or another number (in words too): not this shape
    }
    if (PART_MARKS.has(tokens[money.end]?.key ?? '') || PART_MARKS.has(tokens[s.at - 1]?.key ?? '')) return null;
    const purpose = purposeIn(a, money.end, end);
    // Something other than a purpose right after the amount ("sama 20rb gula"): goods, the other readers'.
    if (purpose !== money.end && money.end !== end) return null;
    // Only an adding joiner, a purpose of the first amount's own, or more than it makes a new amount.
    if (!s.additive && !headPurpose && money.amount <= first.amount) return null;
    parts.push({ start: s.at, end, amount: money.amount, purpose });
  }
  // Every later part but a trailing bare amount names its purpose.
  if (!parts.some((p) => p.purpose >= 0)) return null;

  const r0 = read(textOf(tokens, 0, head.joiner));
  if (r0.intent !== 'record' || r0.entries.length !== 1 || (r0.unresolved?.length ?? 0) > 0 || r0.credit !== undefined) return null;
  const firstEntry = r0.entries[0] as ParsedEntry;
  if (firstEntry.kind !== (sells ? 'sale' : firstEntry.kind === 'withdrawal' ? 'withdrawal' : 'expense')) return null;
  if ((firstEntry.amount !== first.amount && firstEntry.unitPrice !== first.amount) || firstEntry.date !== undefined) return null;

  let confidence = r0.confidence;
  const notes = [...(r0.notes ?? [])];
  const ask = (note: string): void => {
    confidence = Math.min(confidence, C_DOUBT);
    if (!notes.includes(note)) notes.push(note);
  };
  // "ambil duit laci 100rb buat bayar listrik": the money's source is no item; its purpose is.
  const headItem = headPurpose && firstEntry.kind === 'withdrawal' ? itemOf(a, purposeIn(a, first.end, head.joiner) + 1, head.joiner) : null;
  const entries: ParsedEntry[] = [headItem !== null ? { ...firstEntry, item: headItem } : firstEntry];
  for (const p of parts) {
    // After a sale, an amount for something is what her takings paid: never another sale.
    const base: ParsedEntry = { kind: sells ? 'expense' : firstEntry.kind, amount: p.amount, item: null, quantity: null, unit: null, unitPrice: null };
    if (p.purpose < 0) {
      // "… sama 20rb": an amount with nothing said about it — never dropped, asked.
      entries.push({ ...base, kind: firstEntry.kind });
      ask('amount_unplaced');
      continue;
    }
    const why = purposeOf(a, p.purpose + 1, p.end);
    const item = itemOf(a, p.purpose + 1, p.end);
    if (why === 'home') {
      entries.push({ ...base, kind: 'withdrawal', item });
      // ("sama 50rb buat makan siang" after a sale or a purchase: her lunch at the stall or the
      // family's — asked, part-amount.ts MEALS. Money taken from the till is taken, as above.)
      if (!takes && mealOnly(a, p.purpose + 1, p.end)) ask('withdrawal_guessed');
    }
    else if (why === 'business') entries.push({ ...base, kind: 'expense', item });
    else {
      // Not said whose: money taken from the till is taken home, as one such clause is read;
      // after a purchase it is asked. Debts, dues and sources are asked whatever the verb.
      entries.push({ ...base, kind: takes ? 'withdrawal' : 'expense', item });
      if (why !== 'unclear' || !takes) ask('purpose_unplaced');
    }
  }
  const res: RecordResult = { ...r0, entries, confidence };
  if (notes.length > 0) res.notes = notes;
  else delete res.notes;
  return res;
}
