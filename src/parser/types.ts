/**
 * The parser's public contract: one chat message → one intent (see docs/PARSING.md).
 * Everything here is plain data so results can be logged, compared and sent over JSON.
 */
import type { IsoDate } from '../core/dates.ts';
import type { Rupiah } from '../core/money.ts';

export type Period = 'day' | 'week' | 'month';
/**
 * sale / expense: the business's own money in and out.
 * withdrawal: household money taken out of the business ("ambil 50rb buat dapur",
 *   "pakai uang jualan 100rb untuk sekolah anak", "prive 50rb");
 * capital: money put in ("tambah modal 500rb", "setor modal 1jt", "modal dari suami 200rb").
 */
export type EntryKind = 'sale' | 'expense' | 'withdrawal' | 'capital';

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
  /**
   * Present only in a record of several days ("Senin 120rb / Selasa 95rb"): the business day of
   * this entry. Absent: the entry is of the record's `date`.
   */
  date?: IsoDate;
  /**
   * Present only in a credit ledger of several customers ("Kasbon: Bu Rini 2 bungkus 20rb, Bu
   * Ati 15rb"): who owes her for this sale. Absent: the record's `credit.customer`, if any.
   */
  customer?: string;
  /**
   * Present only in such a ledger where some customers paid at once ("bu Ana 40rb cash, bu Rini
   * 35rb ngutang"): this sale is paid, nobody owes for it.
   */
  paid?: true;
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
      /** The day of the entries; in a record of several days, the latest of the entries' own days. */
      date: IsoDate;
      /** Lines that looked like records but had no usable amount (confidence is then low). */
      unresolved?: UnresolvedEntry[];
      /**
       * A sale on credit: "laku 3 kerudung @90rb, belum bayar Bu Tin", "dihutang Bu Tin",
       * "bon Bu Tin". The customer keeps the honorific as written, in normalised case
       * ("Bu Tin", "Pak Joko", "Mbak Rina"). Without a name there is no credit field, the
       * note is "credit_no_customer" and confidence is below CONFIDENT.
       */
      credit?: { customer: string };
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
  /** "maaf belum bisa", "tidak dulu", "skip", "P12 pass": she declines a lead (code when written). */
  | (Scored & { intent: 'lead_decline'; leadCode: string | null })
  | (Scored & { intent: 'help' })
  | (Scored & {
      intent: 'correction';
      /** "ralat 150rb", "salah, harusnya 150rb", "koreksi 150rb": the new total amount. */
      amount: Rupiah | null;
      /** "bukan 12 tapi 10", "harusnya 10 bukan 12": the quantity from → to (from may be null: "jumlahnya 10"). */
      quantity: { from: number | null; to: number } | null;
      /** "ralat: laku 10 bros @15rb" — a full new line after the correction word: its entries. */
      entries?: ParsedEntry[];
      /**
       * "salah harga, harusnya 15rb per biji", "ralat @15rb": a new unit price (amount is then
       * null; the flow multiplies by the entry's quantity). Absent when not written.
       */
      unitPrice?: Rupiah;
      /**
       * "bukan 5rb tapi 8rb": the old money she named. The flow matches it to the field of the
       * entry it equals (unit price, total) before choosing what to change; none: it asks.
       */
      amountFrom?: Rupiah;
      /** "ralat no 6: …", "ralat nomor 2 jadi 50rb": number N of the list she last saw. */
      index?: number;
      /** "ralat, itu jualan kemarin", "yang tadi tanggal 3": the entry belongs to this day. */
      date?: IsoDate;
      /** "salah, itu pengeluaran bukan penjualan", "harusnya belanja": the entry's kind. */
      kind?: EntryKind;
      /** "ralat no 2: laku 3 kerudung": the goods named (the flow asks when the entry is other goods). */
      item?: string;
    })
  /** "hapus 3", "hapus no 3", "/hapus 3" (1..99 from the /catatan list). Plain "hapus"/"batal" stay 'undo'. */
  | (Scored & { intent: 'delete_entry'; index: number })
  /** "hapus semua yang hari ini", "hapus semua catatan kemarin": every entry of that day (asked first). */
  | (Scored & { intent: 'delete_all'; date: IsoDate })
  /** "/catatan", "catatan", "daftar catatan", "lihat catatan". */
  | (Scored & { intent: 'list_entries' })
  /**
   * An order with a down payment: "pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb,
   * selesai 15 Des". The due date resolves to the future (on or after today), unlike record
   * dates; `date` is the day the order was taken (today unless written).
   */
  | (Scored & {
      intent: 'order';
      customer: string | null;
      item: string | null;
      quantity: number | null;
      unit: string | null;
      unitPrice: Rupiah | null;
      total: Rupiah | null;
      downPayment: Rupiah | null;
      dueDate: IsoDate | null;
      date: IsoDate;
    })
  /**
   * A customer pays: "Bu Tin bayar 270rb" (settled false, order false), "pesanan Bu Sri lunas"
   * (amount null, settled true, order true), "Bu Sri bayar sisa 425rb" (order true).
   * A member's own instalment ("bayar angsuran 300rb") stays 'repayment'.
   */
  | (Scored & { intent: 'payment_received'; customer: string; amount: Rupiah | null; settled: boolean; order: boolean })
  /**
   * "catat untuk Ani: laku 5 bros @15rb", "/catat Ani laku 5 bros @15rb": member = the name as
   * written ("Ani", "Bu Ani", "@ani"), text = the rest, unparsed.
   */
  | (Scored & { intent: 'on_behalf'; member: string; text: string })
  /** "/harga emping 80rb/kg", "harga emping 80rb per kg", "/harga bros 15rb": group price list. */
  | (Scored & { intent: 'set_price'; item: string; unitPrice: Rupiah; unit: string | null })
  /** "/pesanan", "/piutang", "daftar pesanan", "siapa yang belum bayar". */
  | (Scored & { intent: 'list_open'; what: 'orders' | 'receivables' })
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
