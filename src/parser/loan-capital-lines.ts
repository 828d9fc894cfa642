/**
 * A loan for the business said beside the day's other money: "pinjem ke bank keliling 500rb
 * buat modal, beli bahan kripik 320rb, hari pertama laku 95rb". Alone, the loan clause is
 * capital (business-cash.ts reads it); read whole, the message was only a "loan mention" and
 * the purchase and sale after it were lost or asked. Each clause with a loan word is read on its
 * own: when every one of them is capital, they are kept as capital and the rest is read again.
 * A loan for anything else ("pinjem tetangga 50rb buat bayar sekolah") leaves the message to
 * the loan guard, asked.
 */
import type { Analysis } from './analyze.ts';
import { analyze } from './analyze.ts';
import { keptText } from './foreign-lines.ts';
import { detectBusinessCash } from './intents/business-cash.ts';
import { T_WORD, type Token } from './lexer.ts';
import { splitSegments } from './lines.ts';
import type { ParsedEntry } from './types.ts';
import { G_LOAN } from './word-roles.ts';

/** The capital read from the message's loan clauses and the text without them, or null. */
export function loanCapitalLines(a: Analysis): { capital: ParsedEntry[]; rest: string } | null {
  if ((a.f2 & G_LOAN) === 0) return null;
  const { segments } = splitSegments(a);
  if (segments.length < 2) return null;
  const hide = new Uint8Array(a.tokens.length);
  const capital: ParsedEntry[] = [];
  let kept = 0;
  for (let n = 0; n < segments.length; n++) {
    const seg = segments[n] as (typeof segments)[number];
    let loan = false;
    for (let k = seg.start; k < seg.end; k++) {
      const t = a.tokens[k] as Token;
      if (t.type === T_WORD && (t.f2 & G_LOAN) !== 0) loan = true;
    }
    if (!loan) {
      if (seg.hasNum) kept++;
      continue;
    }
    const only = new Uint8Array(a.tokens.length).fill(1);
    only.fill(0, seg.start, seg.end);
    // The next clause may say what the loan bought at once ("…, udah dibeliin timbangan baru"): business-cash.ts spentOnTradeTool.
    const next = segments[n + 1];
    const spentOn = next === undefined ? null : a.tokens.slice(next.start, next.end).filter((t) => t.type === T_WORD);
    const read = detectBusinessCash(analyze(keptText(a, only), a.today, false), spentOn);
    if (read?.intent !== 'record' || !read.entries.every((e) => e.kind === 'capital')) return null;
    capital.push(...read.entries);
    hide.fill(1, seg.start, seg.end);
  }
  return capital.length > 0 && kept > 0 ? { capital, rest: keptText(a, hide) } : null;
}
