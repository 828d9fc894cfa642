/**
 * Another bot's command of a sale or a purchase with a plain number: "/jual 75000 keripik
 * singkong", "/beli 45000 kardus". Read as words, the number before "keripik" is a count (75.000
 * crisps) and nothing is recorded; the command is the book's column, as "/masuk 150000 catering"
 * is (tracker-columns.ts), so the number right after it is the amount and the words after are what.
 *
 * Only after a "/" (normalize.ts peels the command off; index.ts passes it): a plain "jual 75000
 * keripik" may be 75.000 crisps and is asked. A unit right after the number ("/jual 2000 pcs
 * keripik") keeps it a count; a second amount, a day, a verb or capital words leave the message to
 * the readers as before (columnCommand's own conditions).
 */
import type { Analysis } from './analyze.ts';
import { C_PLAIN_LARGE } from './confidence.ts';
import { T_WORD } from './lexer.ts';
import { columnCommand } from './tracker-columns.ts';
import type { EntryKind, ParseResult } from './types.ts';
import { F_UNIT } from './word-roles.ts';

/** Command words naming a sale or a purchase (never the ones with commands of their own, index.ts). */
const SLASH_VERBS: ReadonlyMap<string, EntryKind> = new Map([
  ['jual', 'sale'], ['penjualan', 'sale'], ['sale', 'sale'], ['sales', 'sale'],
  ['beli', 'expense'], ['belanja', 'expense'], ['pembelian', 'expense'], ['biaya', 'expense'], ['spend', 'expense'],
]);

/** The record a sale or purchase command with a plain number makes, or null (see the file comment). */
export function slashVerbEntry(a: Analysis, cmd: string): ParseResult | null {
  const told = SLASH_VERBS.get(cmd);
  if (told === undefined || a.tokens[0]?.type !== T_WORD || a.tokens[0].text !== cmd) return null;
  const c = columnCommand(a, told);
  // A grouped or marked amount ("/jual 75rb keripik") is read by the words already.
  if (c === null || !c.plain) return null;
  const after = a.nums[0] === undefined ? undefined : a.tokens[a.nums[0].end];
  if (after !== undefined && after.type === T_WORD && (after.f & F_UNIT) !== 0) return null;
  return { intent: 'record', entries: [{ kind: c.kind, amount: c.amount, item: c.item, quantity: null, unit: null, unitPrice: null }],
    date: a.today, confidence: C_PLAIN_LARGE };
}
