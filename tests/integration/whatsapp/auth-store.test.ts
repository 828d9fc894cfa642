/**
 * Baileys' real credentials and signal keys through the Postgres auth store: round trip,
 * restart, deletes, encryption at rest, and the wipe after a logout.
 */
import { Curve, proto, type AuthenticationCreds, type SignalDataSet } from '@whiskeysockets/baileys';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAuthState } from '../../../src/channels/whatsapp/whatsapp.auth-state.ts';
import { createAuthCipher, WhatsappAuthKeyError } from '../../../src/modules/whatsapp/auth-cipher.ts';
import { PostgresWhatsappAuthStore } from '../../../src/modules/whatsapp/whatsapp-auth.repository.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

const SECRET = 'correct horse battery staple 42';
const plainCipher = createAuthCipher(undefined);
const sealedCipher = createAuthCipher(SECRET);

let accounts = 0;
/** Each test its own account, so they share the database without seeing each other. */
const account = () => `acct-${++accounts}`;

function sampleKeys(): SignalDataSet {
  const preKey = Curve.generateKeyPair();
  return {
    'pre-key': { '1': preKey, '2': Curve.generateKeyPair() },
    session: { '6281234567890.0': randomBytes(120) },
    'sender-key': { '120363000000000001@g.us::6281234567890::0': randomBytes(64) },
    'sender-key-memory': { '120363000000000001@g.us': { '6281234567890:0@s.whatsapp.net': true } },
    'app-state-sync-key': {
      AAAAAKnV: proto.Message.AppStateSyncKeyData.fromObject({
        keyData: randomBytes(32),
        fingerprint: { rawId: 7, currentIndex: 1, deviceIndexes: [0, 1] },
        timestamp: 1795143600,
      }),
    },
    'app-state-sync-version': { critical_block: { version: 3, hash: randomBytes(128), indexValueMap: { abc: { valueMac: randomBytes(32) } } } },
    'lid-mapping': { '6281234567890': '11111111111111', '11111111111111_reverse': '6281234567890' },
    'device-list': { '6281234567890': ['0', '7'] },
    tctoken: { '6281234567890@s.whatsapp.net': { token: randomBytes(24), timestamp: '1795143600' } },
    'identity-key': { '6281234567890.0': randomBytes(33) },
  };
}

/** Buffers and Uint8Arrays compare by content; protobuf objects by their plain form. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v instanceof Uint8Array ? `bytes:${Buffer.from(v).toString('hex')}` : v)));
}

describe('Postgres auth store', () => {
  it('round-trips real credentials and every key type, Buffers intact', async () => {
    const store = new PostgresWhatsappAuthStore(t.db, plainCipher, account());
    const auth = await loadAuthState(store);
    expect(auth.state.creds.registered).toBe(false);
    auth.state.creds.me = { id: '6281100000001:7@s.whatsapp.net', lid: '99000000000001:7@lid' };
    auth.state.creds.registered = true;
    await auth.saveCreds();

    const data = sampleKeys();
    await auth.state.keys.set(data);
    for (const type of Object.keys(data) as (keyof SignalDataSet)[]) {
      const ids = Object.keys(data[type]!);
      const got = await auth.keys.get(type, ids);
      expect(plain(got), type).toEqual(plain(data[type]));
    }
    const preKey = (await auth.keys.get('pre-key', ['1']))['1']!;
    expect(Buffer.isBuffer(preKey.private)).toBe(true);
    const syncKey = (await auth.keys.get('app-state-sync-key', ['AAAAAKnV']))['AAAAAKnV'];
    expect(syncKey).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
    expect(await auth.keys.get('pre-key', ['999'])).toEqual({});
  });

  it('survives a restart: a new store on the same database reads the same creds and keys', async () => {
    const name = account();
    const first = await loadAuthState(new PostgresWhatsappAuthStore(t.db, sealedCipher, name));
    first.state.creds.registered = true;
    await first.saveCreds();
    const data = sampleKeys();
    await first.state.keys.set(data);

    const again = await loadAuthState(new PostgresWhatsappAuthStore(t.db, createAuthCipher(SECRET), name));
    const creds: AuthenticationCreds = again.state.creds;
    expect(creds.registered).toBe(true);
    expect(Buffer.isBuffer(creds.noiseKey.private)).toBe(true);
    expect(Buffer.from(creds.noiseKey.private).equals(Buffer.from(first.state.creds.noiseKey.private))).toBe(true);
    expect(Buffer.from(creds.signedPreKey.signature).equals(Buffer.from(first.state.creds.signedPreKey.signature))).toBe(true);
    expect(creds.advSecretKey).toBe(first.state.creds.advSecretKey);
    expect(plain(await again.state.keys.get('session', Object.keys(data.session!)))).toEqual(plain(data.session));
    expect(plain(await again.state.keys.get('tctoken', Object.keys(data.tctoken!)))).toEqual(plain(data.tctoken));
  });

  it('deletes a key set to null', async () => {
    const auth = await loadAuthState(new PostgresWhatsappAuthStore(t.db, plainCipher, account()));
    await auth.state.keys.set({ 'pre-key': { '1': Curve.generateKeyPair(), '2': Curve.generateKeyPair() } });
    await auth.state.keys.set({ 'pre-key': { '1': null } });
    expect(Object.keys(await auth.keys.get('pre-key', ['1', '2']))).toEqual(['2']);
  });

  it('keeps credentials and keys encrypted at rest when a key is set', async () => {
    const name = account();
    const auth = await loadAuthState(new PostgresWhatsappAuthStore(t.db, sealedCipher, name));
    await auth.saveCreds();
    await auth.state.keys.set({ 'lid-mapping': { '6281234567890': '11111111111111' } });

    const creds = await t.db.selectFrom('whatsapp_auth_creds').select('value').where('account', '=', name).executeTakeFirstOrThrow();
    const key = await t.db.selectFrom('whatsapp_auth_keys').select('value').where('account', '=', name).executeTakeFirstOrThrow();
    const noise = Buffer.from(auth.state.creds.noiseKey.private);
    for (const raw of [creds.value, key.value]) {
      const text = raw.toString('latin1');
      expect(text).not.toContain('noiseKey');
      expect(text).not.toContain('registered');
      expect(text).not.toContain(noise.toString('base64'));
      expect(text).not.toContain('11111111111111');
      expect(raw.includes(noise)).toBe(false);
    }
  });

  it('stores plain BufferJSON without a key', async () => {
    const name = account();
    const auth = await loadAuthState(new PostgresWhatsappAuthStore(t.db, plainCipher, name));
    await auth.saveCreds();
    const row = await t.db.selectFrom('whatsapp_auth_creds').select('value').where('account', '=', name).executeTakeFirstOrThrow();
    expect(row.value.toString('utf8')).toContain('"noiseKey"');
  });

  it('says clearly when the key is wrong or missing', async () => {
    const name = account();
    const auth = await loadAuthState(new PostgresWhatsappAuthStore(t.db, sealedCipher, name));
    await auth.saveCreds();

    const wrong = new PostgresWhatsappAuthStore(t.db, createAuthCipher('another secret entirely'), name);
    await expect(wrong.readCreds()).rejects.toThrow(WhatsappAuthKeyError);
    await expect(loadAuthState(wrong)).rejects.toThrow(/WHATSAPP_AUTH_KEY is not the secret they were saved with/);
    await expect(new PostgresWhatsappAuthStore(t.db, plainCipher, name).readCreds()).rejects.toThrow(/set WHATSAPP_AUTH_KEY/);
  });

  it('binds each sealed value to its row: a value moved to another key does not decrypt', async () => {
    const name = account();
    const store = new PostgresWhatsappAuthStore(t.db, sealedCipher, name);
    await store.writeKeys([
      { type: 'session', id: 'a', value: '"A"' },
      { type: 'session', id: 'b', value: '"B"' },
    ]);
    const a = await t.db.selectFrom('whatsapp_auth_keys').select('value').where('account', '=', name).where('key_id', '=', 'a').executeTakeFirstOrThrow();
    await t.db.updateTable('whatsapp_auth_keys').set({ value: a.value }).where('account', '=', name).where('key_id', '=', 'b').execute();
    expect(await store.readKeys('session', ['a'])).toEqual(new Map([['a', '"A"']]));
    await expect(store.readKeys('session', ['b'])).rejects.toThrow(WhatsappAuthKeyError);
  });

  it('reads values saved before a key was configured, and seals them on the next save', async () => {
    const name = account();
    await new PostgresWhatsappAuthStore(t.db, plainCipher, name).writeCreds('{"registered":true}');
    const store = new PostgresWhatsappAuthStore(t.db, sealedCipher, name);
    expect(await store.readCreds()).toBe('{"registered":true}');
    await store.writeCreds('{"registered":true}');
    const row = await t.db.selectFrom('whatsapp_auth_creds').select('value').where('account', '=', name).executeTakeFirstOrThrow();
    expect(row.value.toString('latin1')).not.toContain('registered');
  });

  it('is wiped on logout: nothing left, and the next start pairs afresh', async () => {
    const name = account();
    const store = new PostgresWhatsappAuthStore(t.db, sealedCipher, name);
    const auth = await loadAuthState(store);
    auth.state.creds.registered = true;
    await auth.saveCreds();
    await auth.state.keys.set(sampleKeys());
    const other = new PostgresWhatsappAuthStore(t.db, plainCipher, account());
    await other.writeCreds('{}');

    await store.clear();
    expect(await store.readCreds()).toBeNull();
    const left = await t.db.selectFrom('whatsapp_auth_keys').select('key_id').where('account', '=', name).execute();
    expect(left).toEqual([]);
    const fresh = await loadAuthState(store);
    expect(fresh.state.creds.registered).toBe(false);
    expect(Buffer.from(fresh.state.creds.noiseKey.private).equals(Buffer.from(auth.state.creds.noiseKey.private))).toBe(false);
    // Another account is untouched.
    expect(await other.readCreds()).toBe('{}');
  });
});
