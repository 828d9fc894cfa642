/**
 * list_entries ("/catatan", "lihat catatan") and list_open ("/pesanan", "/piutang",
 * "daftar pesanan", "siapa yang belum bayar"): requests to see a list, with nothing else in them.
 */
import { isSoft, type Analysis } from '../analyze.ts';
import { Confidence } from '../confidence.ts';
import { F_NEG, F_QUESTION } from '../word-roles.ts';
import { T_NUM, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { scored } from './shared.ts';

const SHOW = new Set(['daftar', 'lihat', 'liat', 'cek', 'check', 'list', 'tampilkan', 'tampilin', 'show', 'kirim', 'minta',
  'semua', 'terakhir', 'terbaru', 'apa', 'saja', 'aja', 'mana', 'buka', 'open', 'yang', 'masih', 'belum', 'selesai',
  'terbuka', 'aktif', 'berjalan', 'jalan', 'ku', 'saya', 'list', 'coba', 'aku', 'sy', 'punyaku', 'dong']);
const ENTRIES_WORDS = new Set(['catatan', 'catatanku', 'catatannya', 'entri', 'entries']);
const ORDERS_WORDS = new Set(['pesanan', 'order', 'orders', 'pesananku', 'pesanannya']);
const RECEIVABLE_WORDS = new Set(['piutang', 'piutangku', 'bon', 'kasbon', 'hutang', 'utang', 'ngutang', 'bonnya', 'tagihan']);

/** Only `topic` words, show words and fillers (no number, no name): "lihat catatan", "daftar pesanan". */
function onlyTopic(a: Analysis, topic: ReadonlySet<string>): boolean {
  let seen = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NUM) return false;
    if (t.type !== T_WORD) continue;
    if (topic.has(t.key)) seen = true;
    else if (!(SHOW.has(t.key) || isSoft(t) || (t.f & F_QUESTION) !== 0)) return false;
  }
  return seen;
}

/** "belum ada pesanan": a statement, not a request for the list. */
function negatedTopic(a: Analysis, topic: ReadonlySet<string>): boolean {
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    if (topic.has(t.key)) return false;
    if ((t.f & F_NEG) !== 0) return true;
  }
  return false;
}

export function detectListEntries(a: Analysis, command: boolean): ParseResult | null {
  if (!command && !onlyTopic(a, ENTRIES_WORDS)) return null;
  if (!command && a.wordCount > 5) return null;
  return { intent: 'list_entries', confidence: command ? 0.99 : 0.9 };
}

export function detectListOpen(a: Analysis, command: 'orders' | 'receivables' | null): ParseResult | null {
  if (command) return { intent: 'list_open', what: command, confidence: 0.99 };
  if (a.nums.length > 0 || a.wordCount > 8) return null;
  if (onlyTopic(a, ORDERS_WORDS) && !negatedTopic(a, ORDERS_WORDS)) {
    const c = new Confidence(0.9);
    if (a.wordCount === 1) c.cap(0.85);
    return scored({ intent: 'list_open', what: 'orders', confidence: 0 }, c);
  }
  // "siapa yang belum bayar", "siapa aja yang masih hutang", "daftar piutang", "piutang"
  let who = false;
  let unpaid = false;
  let receivable = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (t.key === 'siapa') who = true;
    if (t.key === 'piutang' || t.key === 'piutangku') receivable = true;
    if ((t.key === 'bayar' || t.key === 'lunas' || t.key === 'dibayar') && (a.tokens[i - 1]?.f ?? 0) & F_NEG) unpaid = true;
    if ((t.key === 'hutang' || t.key === 'utang' || t.key === 'ngutang' || t.key === 'bon' || t.key === 'ngebon') && who) unpaid = true;
  }
  if ((who && unpaid) || (receivable && onlyTopic(a, RECEIVABLE_WORDS))) {
    return { intent: 'list_open', what: 'receivables', confidence: 0.9 };
  }
  return null;
}
