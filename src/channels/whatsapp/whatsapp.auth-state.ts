/**
 * Baileys' AuthenticationState on top of a durable store (Postgres in production): the
 * credentials and every signal key type (pre-key, session, sender-key, sender-key-memory,
 * app-state-sync-key, app-state-sync-version, and v7's lid-mapping, device-list, tctoken,
 * identity-key) serialised with Baileys' BufferJSON, so Buffers survive the round trip.
 * Every `set` is written through (null deletes); reads go through Baileys' cacheable key
 * store. The `lid-mapping` keys Baileys writes also feed the phone ↔ LID table.
 */
import {
  BufferJSON,
  initAuthCreds,
  makeCacheableSignalKeyStore,
  proto,
  type AuthenticationCreds,
  type AuthenticationState,
  type SignalDataSet,
  type SignalDataTypeMap,
  type SignalKeyStore,
} from '@whiskeysockets/baileys';
import type { Logger } from '../../core/logger.ts';
import type { LidPair, WhatsappAuthStore } from './whatsapp.ports.ts';

export interface StoredAuthState {
  state: AuthenticationState;
  /** Writes the (mutated) credentials; call on every `creds.update`. */
  saveCreds(): Promise<void>;
  /** Resolves once every save asked for so far is written (or has failed). */
  flush(): Promise<void>;
  /** The raw key store, without the cache (tests read through it). */
  keys: SignalKeyStore;
}

export const serialise = (value: unknown): string => JSON.stringify(value, BufferJSON.replacer);
export const deserialise = <T>(text: string): T => JSON.parse(text, BufferJSON.reviver) as T;

/**
 * Baileys stores a LID mapping as two keys: `<phone user>` → `<lid user>` and
 * `<lid user>_reverse` → `<phone user>` (users without server or device).
 */
export function lidPairsFromKeys(data: SignalDataSet['lid-mapping']): LidPair[] {
  const pairs = new Map<string, LidPair>();
  for (const [id, value] of Object.entries(data ?? {})) {
    if (typeof value !== 'string' || !value) continue;
    const pair = id.endsWith('_reverse')
      ? { lid: `${id.slice(0, -'_reverse'.length)}@lid`, phoneJid: `${value}@s.whatsapp.net` }
      : { lid: `${value}@lid`, phoneJid: `${id}@s.whatsapp.net` };
    if (/^\d+@lid$/.test(pair.lid) && /^\d+@s\.whatsapp\.net$/.test(pair.phoneJid)) pairs.set(pair.lid, pair);
  }
  return [...pairs.values()];
}

/** The key store Baileys reads and writes, over the durable store. */
export function durableKeyStore(store: WhatsappAuthStore, onLidPairs?: (pairs: LidPair[]) => Promise<void>): SignalKeyStore {
  return {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const stored = await store.readKeys(type, ids);
      const out: { [id: string]: SignalDataTypeMap[T] } = {};
      for (const [id, text] of stored) {
        let value: unknown = deserialise(text);
        if (type === 'app-state-sync-key' && value) {
          value = proto.Message.AppStateSyncKeyData.fromObject(value as Record<string, unknown>);
        }
        out[id] = value as SignalDataTypeMap[T];
      }
      return out;
    },
    async set(data: SignalDataSet) {
      const changes: { type: string; id: string; value: string | null }[] = [];
      for (const type of Object.keys(data) as (keyof SignalDataTypeMap)[]) {
        for (const [id, value] of Object.entries(data[type] ?? {})) {
          changes.push({ type, id, value: value === null || value === undefined ? null : serialise(value) });
        }
      }
      await store.writeKeys(changes);
      const pairs = lidPairsFromKeys(data['lid-mapping']);
      if (pairs.length && onLidPairs) await onLidPairs(pairs);
    },
    async clear() {
      await store.clear();
    },
  };
}

export async function loadAuthState(
  store: WhatsappAuthStore,
  options: { log?: Logger | undefined; onLidPairs?: ((pairs: LidPair[]) => Promise<void>) | undefined } = {},
): Promise<StoredAuthState> {
  const saved = await store.readCreds();
  const creds: AuthenticationCreds = saved ? deserialise<AuthenticationCreds>(saved) : initAuthCreds();
  const keys = durableKeyStore(store, options.onLidPairs);
  let writing: Promise<void> = Promise.resolve();
  return {
    state: { creds, keys: makeCacheableSignalKeyStore(keys, options.log) },
    keys,
    // Serialised so an older snapshot never overwrites a newer one.
    saveCreds: () => (writing = writing.catch(() => undefined).then(() => store.writeCreds(serialise(creds)))),
    flush: () => writing.catch(() => undefined),
  };
}
