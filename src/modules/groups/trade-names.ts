/**
 * A trade's name in a language ("makanan-ringan" → "Makanan ringan" / "Snacks"), from the
 * `trades` table (`trade list` in the admin CLI). Read per page: a dozen rows, and a trade
 * added by a migration shows its name at once, on every copy of the console.
 */
import type { Db } from '../../db/client.ts';
import { listTrades } from './groups.repository.ts';

/** Code → name; a code the table does not know is shown as it is. */
export type TradeName = (code: string) => string;

export async function tradeNamer(db: Db, lang: 'id' | 'en'): Promise<TradeName> {
  const names = new Map((await listTrades(db)).map((t) => [t.code, lang === 'en' ? t.name_en : t.name_id]));
  return (code) => names.get(code) ?? code;
}
