/**
 * Paid in the passive, by someone named after it: "sy dibayar utang kemarin sore oleh si Ina 40rb",
 * "ulun dibayar utang wadai ulih acil Imah 30rb", "dibayar lunas karo mbak Sri 30rb". The person after
 * the agent word ("oleh", Banjar "ulih", Javanese "karo", "sama") paid HER — never her own repayment
 * or expense. payment-received.ts reads the ones whose payer it can name; this guard asks
 * (`someone_paid`) what was still read as her money going out.
 *
 * WHY: with the payer's name not read as a customer ("si Ina"), the debt word alone made the message
 * her loan instalment, confidently. ("dibayar ke pak Yusuf" is her paying him: "ke" is no agent word.)
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import type { ParseResult } from './types.ts';
import { G_HONORIFIC } from './word-roles.ts';
import { unknownName } from './bill-passive.ts';
import { NOT_PAYER_NAME } from './payer-head.ts';

const PASSIVE_PAID = new Set(['dibayar', 'dilunasi', 'dilunasin', 'ditransfer', 'dicicil', 'dibayari', 'dibayarno', 'dibayarkan']);
const AGENT = new Set(['oleh', 'olh', 'ulih', 'olih', 'sama', 'sm', 'ama', 'karo', 'kalawan']);
/** People who are not she: after the agent word, any of these (or a title, "si" and a name) is the payer. */
const PEOPLE = new Set(['tetangga', 'tetanggaku', 'teman', 'temen', 'kawan', 'pelanggan', 'pembeli', 'langganan', 'customer', 'konsumen',
  'si', 'dia', 'beliau', 'orang', 'org', 'mereka', 'saudara', 'sodara', 'adik', 'adek', 'kakak', 'abang', 'paman', 'bibi', 'pemesan']);
/** How far the agent may stand after the verb, within the clause. */
const REACH = 8;

const T_PASSIVE_PAID = trigger(PASSIVE_PAID);

function paidByPerson(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    if (!PASSIVE_PAID.has((tokens[i] as Token).key)) continue;
    for (let k = i + 1; k < tokens.length && k <= i + REACH; k++) {
      const t = tokens[k] as Token;
      if (t.type === T_NUM) continue;
      if (t.type !== T_WORD || t.key === 'ke' || t.key === 'kepada') break;
      if (!AGENT.has(t.text)) continue;
      const p = tokens[k + 1];
      if (p !== undefined && p.type === T_WORD && (PEOPLE.has(p.key) || (p.f2 & G_HONORIFIC) !== 0)) return true;
    }
  }
  return false;
}

/** Before the passive verb opening the message: already-words and days only. */
const OPENERS = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'uda', 'wis', 'wes', 'geus', 'tos', 'su', 'so', 'tadi', 'td', 'barusan',
  'baru', 'kemarin', 'kmrn', 'alhamdulillah', 'alhamdulilah']);
/** After the payer's name: how and when, nothing paid for. */
const NOTHING_PAID_FOR = new Set(['tunai', 'cash', 'kes', 'lunas', 'tadi', 'td', 'barusan', 'ya', 'nih', 'aja', 'via', 'tf', 'transfer', 'qris']);

/**
 * "dibayar Sari 50rb", "udah dibayar Tigor 50rb": the passive opening the message, then a word the lexicon
 * does not know (a name) and nothing paid for — money in from someone, but for today's goods or an old tab?
 * ("dibayar 50rb" alone is asked already: no_object.)
 */
function paidByUnknownName(a: Analysis): boolean {
  const { tokens } = a;
  let i = 0;
  while (i < tokens.length && i < 3 && OPENERS.has((tokens[i] as Token).key)) i++;
  if (!PASSIVE_PAID.has(tokens[i]?.key ?? '')) return false;
  let k = i + 1;
  if (AGENT.has(tokens[k]?.text ?? '')) k++;
  const name = tokens[k];
  if (name === undefined || !unknownName(name) || NOT_PAYER_NAME.has(name.key)) return false;
  for (let j = k + 1; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NUM || a.numIn[j] !== -1) continue;
    if (t.type !== T_WORD || !NOTHING_PAID_FOR.has(t.key)) return false;
  }
  return true;
}

export function guardPassivePayer(a: Analysis, r: ParseResult): ParseResult {
  if (r.confidence <= C_DOUBT || !present(a, T_PASSIVE_PAID)) return r;
  // "dibayar Sari 50rb": a sale, asked — today's goods, or an old tab paid (issue #15)?
  if (r.intent === 'record' && r.entries.length === 1 && r.entries[0]?.kind === 'sale' && paidByUnknownName(a)) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'buyer_paid'] };
  }
  const out = r.intent === 'repayment' || (r.intent === 'record' && r.entries.length > 0 && r.entries.every((e) => e.kind === 'expense'));
  if (!out || !paidByPerson(a)) return r;
  return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'someone_paid'] };
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardPassivePayer.words = T_PASSIVE_PAID;
