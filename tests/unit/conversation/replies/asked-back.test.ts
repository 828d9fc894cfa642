/**
 * Every note the parser can put on a message has an answer of its own: a short question
 * (a value or a yes/no naming the doubt), a line on why money is not recorded, or the
 * question of the flow that owns it. A note the parser gains without one fails here, so
 * no unclear message falls back to a generic "Maksud Ibu begini?" or "not understood".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NewEntry } from '../../../../src/modules/ledger/ledger.ts';
import { DETAIL_NOTES, DOUBT_NOTES, NOT_RECORDED_NOTES, UNKNOWN_MONEY_NOTES } from '../../../../src/conversation/replies/catalogue.ts';
import { repliesFor } from '../../../../src/conversation/replies/index.ts';

/** Notes that lower nothing, or that another flow asks about in its own words (and where). */
const ANSWERED_ELSEWHERE: Record<string, string> = {
  // Checks and facts that do not lower confidence.
  chatter_line: 'info', comment_clause: 'info', summary_total: 'info', subtotal_check: 'info', profit_check: 'info', cost_beside_price: 'info (cost-sell.ts: still confident)',
  self_corrected: 'info', day_sheet: 'info', plan_left_out: 'info (a plan under its own day to come, left out)', closing_question: 'info (a day sheet ending by asking what it came to)', turnover_check: 'info', stock_line: 'info', resale_lines: 'info', left_out: 'info (moneyNotRecorded after the answer)', paid_in_full: 'info', paid_now: 'info', dp_half: 'info',
  dp_percent: 'info', bare_answer: 'info', own_use: 'info (its missing worth is no_amount)',
  customer_advance: 'info', discount_checked: 'info', verb_typo: 'info (still confident)', minus_expense: 'info (a leading minus: still confident)', tracker_lines: 'info (signed or labelled lines: still confident)', column_sheet: 'info (a sheet or fields copied from an app: still confident)', internal_error: 'notUnderstood',
  // The books' own questions.
  kind_guessed: 'askKind (two buttons)', no_amount: 'askAmountFor', malformed: 'askDoubt / askAmountFor',
  // Credit sales, orders, payments, corrections, undo, leads, recaps, help, reports, prices, lists, on behalf, instalments.
  credit_no_customer: 'creditAskClearer', credit_which_lines: 'creditAskClearer', credit_without_goods: 'creditAskClearer',
  customer_without_title: 'creditAskClearer', no_customer: 'orderAskCustomer', no_item: 'orderAskDetails', no_total: 'orderAskDetails',
  dp_exceeds_total: 'refusal', dp_from_payment: 'orderAskDetails', dp_mismatch: 'orderAskDetails', dp_without_amount: 'orderAskDetails', invalid_due_date: 'orderAskDetails', part_paid: 'info',
  several_amounts: 'correction / order / payment questions', correction_unread: 'correctionUnsure', correction_word_missing: 'correctionUnsure',
  from_not_money: 'correctionMismatch', salah_in_sentence: 'correctionUnsure', undo_other_day: 'undoUnsure', undo_which: 'undoUnsure',
  undo_word: 'undoUnsure', undo_word_not_first: 'undoUnsure', has_amount: 'undoUnsure / recap', amount_not_quantity: 'lead flow',
  lead_word_not_first: 'lead flow', instructions: 'lead flow', no_quantity: 'lead flow', long_message: 'lead / recap',
  recap_word: 'recap', no_recap_word: 'recap', help_word_not_first: 'help', has_number: 'help', report_field_missing: 'report flow',
  harga_without_per: 'price flow', price_not_read: 'price flow', index_out_of_range: 'deleteNotFound', member_guessed: 'onBehalfAskWho', member_kin: 'onBehalfAskName',
  member_implicit: 'on behalf', no_text: 'onBehalfUsage', on_behalf: 'on behalf', setor_unclear: 'askSetor', shortfall: 'askRepayment',
  sale_amount_not_repaid: 'repaymentAskAmount (repayment without amount)',
  several_payers: 'payment flow (the payers named together match no one tab: nothingOpenFor, never one payer credited)',
};

/** Every note name written in the parser's source (`cap(…, 'note')`, `notes: ['note']`, `add('note')`, …). */
function parserNotes(): string[] {
  const root = join(import.meta.dirname, '../../../../src/parser');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const found = new Set<string>();
  const shapes = [
    /\bcap\([^;]*?,\s*'([a-z_]+)'\)/g,
    /notes: \['([a-z_]+)'/g,
    /notRecorded\('([a-z_]+)'\)/g,
    /notes\.push\('([a-z_]+)'\)/g,
    /\badd\('([a-z_]+)'\)/g,
    /doubt = '([a-z_]+)'/g,
  ];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const shape of shapes) for (const m of text.matchAll(shape)) found.add(m[1]!);
  }
  return [...found].sort();
}

const known = new Set<string>([...DETAIL_NOTES, ...DOUBT_NOTES, ...NOT_RECORDED_NOTES, ...UNKNOWN_MONEY_NOTES, ...Object.keys(ANSWERED_ELSEWHERE)]);
const sale: NewEntry = { kind: 'sale', amount: 50000, item: 'bros', quantity: null, unit: null, unitPrice: null };
const args = { entries: [sale], date: '2026-12-05', today: '2026-12-05', name: 'Ani' };

describe('every parser note has its own answer', () => {
  it('finds the notes in the parser (the scan itself works)', () => {
    const notes = parserNotes();
    for (const n of ['period_sum', 'no_object', 'face_value', 'called_off_event', 'kind_guessed', 'approximate']) expect(notes).toContain(n);
  });

  it.each(parserNotes())('%s', (note) => {
    expect(known.has(note), `${note}: give it a question in replies (DETAIL_NOTES, DOUBT_NOTES, UNKNOWN_MONEY_NOTES) or name its flow`).toBe(true);
  });
});

describe('the questions are short and name whom they ask', () => {
  const id = repliesFor('id');
  const en = repliesFor('en');

  it.each(DETAIL_NOTES)('%s: at most three lines, "Bu Ani"', (note) => {
    const two = note === 'face_value' ? { ...args, entries: [sale, { ...sale, amount: 52000 }] } : args;
    for (const t of [id, en]) expect(t.askDetail[note](two).split('\n').length).toBeLessThanOrEqual(3);
    expect(id.askDetail[note](two)).toContain('Bu Ani');
  });

  it.each(DOUBT_NOTES)('%s: one first line of its own, then the guess and "ya"/"tidak"', (note) => {
    const text = id.askDoubt(note, args);
    const [first] = text.split('\n');
    expect(first).not.toBe('Maksud Ibu begini?');
    expect(text).toContain('• Jualan bros Rp50.000');
    expect(en.askDoubt(note, args).split('\n')[0]).not.toBe('Did you mean this?');
  });

  it('no two doubts share a first line', () => {
    const firsts = DOUBT_NOTES.map((n) => repliesFor('id').askDoubt(n, args).split('\n')[0]);
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it.each(UNKNOWN_MONEY_NOTES)('%s: one line, "Bu Ani", an example to write', (note) => {
    const text = id.moneyTalk[note]('Ani');
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toContain('Bu Ani');
    expect(text).toMatch(/"[^"]+"/);
  });
});
