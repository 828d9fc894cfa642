/**
 * The WhatsApp link's credentials and signal keys in Postgres. Values are opaque text
 * here (the channel serialises them with Baileys' BufferJSON); this store only keeps them,
 * sealed with the cipher when a key is configured. One row per key, so a `set` of a few
 * keys writes a few rows, and `null` deletes.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { AuthCipher } from './auth-cipher.ts';

export interface AuthKeyChange {
  type: string;
  id: string;
  /** The serialised value, or null to delete it. */
  value: string | null;
}

const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class PostgresWhatsappAuthStore {
  constructor(
    private readonly db: Db,
    private readonly cipher: AuthCipher,
    /** Room for more than one linked number later; one deployment uses 'default'. */
    private readonly account = 'default',
  ) {}

  private credsAad(): string {
    return `${this.account}\u0000creds`;
  }

  private keyAad(type: string, id: string): string {
    return `${this.account}\u0000${type}\u0000${id}`;
  }

  async readCreds(): Promise<string | null> {
    const row = await this.db
      .selectFrom('whatsapp_auth_creds')
      .select('value')
      .where('account', '=', this.account)
      .executeTakeFirst();
    return row ? this.cipher.open(row.value, this.credsAad()) : null;
  }

  async writeCreds(serialised: string): Promise<void> {
    const value = this.cipher.seal(serialised, this.credsAad());
    await this.db
      .insertInto('whatsapp_auth_creds')
      .values({ account: this.account, value })
      .onConflict((oc) => oc.column('account').doUpdateSet({ value, updated_at: sql`now()` }))
      .execute();
  }

  async readKeys(type: string, ids: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const part of chunks([...new Set(ids)])) {
      if (part.length === 0) continue;
      const rows = await this.db
        .selectFrom('whatsapp_auth_keys')
        .select(['key_id', 'value'])
        .where('account', '=', this.account)
        .where('type', '=', type)
        .where('key_id', 'in', part)
        .execute();
      for (const row of rows) found.set(row.key_id, this.cipher.open(row.value, this.keyAad(type, row.key_id)));
    }
    return found;
  }

  /** Applies upserts and deletes together: all of them or none. */
  async writeKeys(changes: readonly AuthKeyChange[]): Promise<void> {
    // The last change of a key wins, as if they were applied in order.
    const latest = new Map<string, AuthKeyChange>();
    for (const change of changes) latest.set(`${change.type}\u0000${change.id}`, change);
    const upserts = [...latest.values()].filter((c) => c.value !== null);
    const deletes = [...latest.values()].filter((c) => c.value === null);
    if (upserts.length === 0 && deletes.length === 0) return;

    await this.db.transaction().execute(async (trx) => {
      for (const part of chunks(upserts)) {
        await trx
          .insertInto('whatsapp_auth_keys')
          .values(
            part.map((c) => ({
              account: this.account,
              type: c.type,
              key_id: c.id,
              value: this.cipher.seal(c.value!, this.keyAad(c.type, c.id)),
            })),
          )
          .onConflict((oc) =>
            oc.columns(['account', 'type', 'key_id']).doUpdateSet({ value: sql`excluded.value`, updated_at: sql`now()` }),
          )
          .execute();
      }
      const byType = new Map<string, string[]>();
      for (const c of deletes) byType.set(c.type, [...(byType.get(c.type) ?? []), c.id]);
      for (const [type, ids] of byType) {
        for (const part of chunks(ids)) {
          await trx
            .deleteFrom('whatsapp_auth_keys')
            .where('account', '=', this.account)
            .where('type', '=', type)
            .where('key_id', 'in', part)
            .execute();
        }
      }
    });
  }

  /** Forgets the link (logged out): the next start shows a new QR code. */
  async clear(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('whatsapp_auth_keys').where('account', '=', this.account).execute();
      await trx.deleteFrom('whatsapp_auth_creds').where('account', '=', this.account).execute();
    });
  }
}
