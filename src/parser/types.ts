/**
 * The parser's public contract: one chat message → one intent (see ../shared/PARSING.md).
 * Everything here is plain data so results can be logged, compared and sent over JSON.
 */
import type { IsoDate } from '../core/dates.ts';
import type { Rupiah } from '../core/money.ts';

export type Period = 'day' | 'week' | 'month';
export type EntryKind = 'sale' | 'expense';

export interface ParsedEntry {
  kind: EntryKind;
  /** Integer rupiah; for `N × price` lines, quantity × unitPrice. */
  amount: Rupiah;
  /** The goods or purpose as written, lower-cased and trimmed ("bros", "sewa lapak"), or null. */
  item: string | null;
  quantity: number | null;
  /** The counting unit as written ("lusin", "kg", "bungkus"), or null. */
  unit: string | null;
  unitPrice: Rupiah | null;
}

/**
 * A line that looked like a record but could not become an entry (no amount, an amount
 * that is not a valid rupiah value…). Never recorded; the bot can ask about it.
 */
export interface UnresolvedEntry {
  kind: EntryKind | null;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  /** Machine-readable: "no_amount", "fraction", "absurd", "zero", "malformed". */
  reason: string;
}

interface Scored {
  /** 0..1. At or above `CONFIDENT` the bot acts; below it, it asks back first. */
  confidence: number;
  /**
   * Why the confidence is what it is ("kind_guessed", "no_amount", "truncated"…), for logs,
   * tests and follow-up questions. Absent or empty when there was nothing to say.
   */
  notes?: string[];
}

export type ParseResult =
  | (Scored & {
      intent: 'record';
      entries: ParsedEntry[];
      date: IsoDate;
      /** Lines that looked like records but had no usable amount (confidence is then low). */
      unresolved?: UnresolvedEntry[];
    })
  | (Scored & {
      intent: 'recap';
      period: Period | null;
      /** A day inside the period asked about, when it is not the current one ("rekap kemarin"). */
      date?: IsoDate;
    })
  | (Scored & { intent: 'undo' })
  | (Scored & { intent: 'repayment'; amount: Rupiah | null })
  | (Scored & {
      intent: 'report';
      assets: Rupiah | null;
      turnover: Rupiah | null;
      employees: number | null;
    })
  | (Scored & { intent: 'lead_interest'; quantity: number | null; leadCode: string | null })
  | (Scored & { intent: 'help' })
  | (Scored & { intent: 'unknown' });

export type Intent = ParseResult['intent'];

export interface ParseContext {
  /** The member's business day today, YYYY-MM-DD. Relative dates resolve against it. */
  today: IsoDate;
  /** IANA time zone of the member (Asia/Jakarta by default); kept for date rules that need it. */
  timeZone?: string;
}

/** Results at or above this confidence are acted on without asking. */
export const CONFIDENT = 0.8;
