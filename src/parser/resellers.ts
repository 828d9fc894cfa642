/**
 * Resellers and dropshippers buy her goods to sell on: "reseller beli 10 bros @12rb", "ada
 * reseller ambil 2 lusin", "resellerku ngambil 20 pcs" are HER sales, never her purchase, her
 * household's taking or an answer to a lead. The words join the buyer words of buyer-buys.ts,
 * the takers of takers.ts and the payers of money-owner.ts ("reseller transfer 500rb").
 * ("beli dari reseller" stays her purchase: the buyer must stand before the verb.)
 */
export const RESELLERS: readonly string[] = ['reseller', 'resellerku', 'resellernya', 'resseller', 'reseler', 'reseller2', 'resellerq',
  'dropshipper', 'dropshiper', 'dropshipperku', 'dropshipernya', 'dropshippernya', 'dropshipperq'];
