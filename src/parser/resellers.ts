/**
 * Resellers, dropshippers and the traders who collect a producer's goods (bakul, tengkulak,
 * pengepul) buy her goods to sell on: "reseller beli 10 bros @12rb", "ada
 * reseller ambil 2 lusin", "resellerku ngambil 20 pcs" are HER sales, never her purchase, her
 * household's taking or an answer to a lead. The words join the buyer words of buyer-buys.ts,
 * the takers of takers.ts and the payers of money-owner.ts ("reseller transfer 500rb").
 * ("beli dari reseller" stays her purchase: the buyer must stand before the verb.)
 */
export const RESELLERS: readonly string[] = ['reseller', 'resellerku', 'resellernya', 'resseller', 'reseler', 'reseller2', 'resellerq',
  'dropshipper', 'dropshiper', 'dropshipperku', 'dropshipernya', 'dropshippernya', 'dropshipperq',
  // traders and collectors who buy from a producer: "bakul beli 50 bungkus", "tengkulak ambil cabe 20kg", "pengepul ambil 30kg"
  'bakul', 'bakule',
  // her agents, who take her goods to sell on and pay her: "agen Bukittinggi ambil 30 pcs", "agenku transfer 300rb"
  // (her own work as an agent — "fee agen brilink 35rb" — is agent-fee.ts's; "beli di agen" stays her purchase)
  'agen', 'agenku', 'agennya', 'agenq', 'tengkulak', 'pengepul', 'pengecer', 'blantik', 'juragan'];

/**
 * Of those, her agents: also where she buys ("utang ke agen", "beli gas di agen") and what she may be
 * herself ("agen brilink"), so never a payer opening a message by the word alone (payer-head.ts).
 */
export const AGENT_WORDS: ReadonlySet<string> = new Set(['agen', 'agenku', 'agennya', 'agenq']);
