/**
 * Encryption at rest of the WhatsApp credentials and signal keys: whoever reads them can
 * act as the bot's phone number. With WHATSAPP_AUTH_KEY set, every stored value is sealed
 * with AES-256-GCM under a key derived from that secret by scrypt (N=2^15, r=8, p=1,
 * fixed application salt: the secret is the only input that varies). Each value is bound
 * to its row (account, type, id) as additional authenticated data, so sealed values cannot
 * be swapped between rows. Without a key, values are stored as plain BufferJSON text.
 *
 * Stored layout: one format byte, then
 *   0x00 → UTF-8 text
 *   0x01 → 12-byte IV · 16-byte GCM tag · ciphertext
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

const PLAIN = 0x00;
const SEALED = 0x01;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = 'dampingi/whatsapp-auth/v1';

/** The stored credentials cannot be read with the configured key (or without one). */
export class WhatsappAuthKeyError extends Error {
  override name = 'WhatsappAuthKeyError';
}

export interface AuthCipher {
  readonly encrypts: boolean;
  seal(text: string, aad: string): Buffer;
  open(stored: Uint8Array, aad: string): string;
}

/** scrypt, as documented in docs/WHATSAPP.md: 32 bytes for AES-256. */
export function deriveAuthKey(secret: string): Buffer {
  return scryptSync(secret.normalize('NFKC'), SALT, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
}

export function createAuthCipher(secret: string | undefined): AuthCipher {
  const key = secret === undefined ? undefined : deriveAuthKey(secret);
  return {
    encrypts: key !== undefined,
    seal(text, aad) {
      if (!key) return Buffer.concat([Buffer.from([PLAIN]), Buffer.from(text, 'utf8')]);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([SEALED]), iv, cipher.getAuthTag(), body]);
    },
    open(stored, aad) {
      const bytes = Buffer.from(stored);
      const format = bytes[0];
      // A value saved before a key was configured stays readable; the next save seals it.
      if (format === PLAIN) return bytes.subarray(1).toString('utf8');
      if (format !== SEALED) throw new WhatsappAuthKeyError('stored WhatsApp credentials are in an unknown format');
      if (!key) {
        throw new WhatsappAuthKeyError(
          'stored WhatsApp credentials are encrypted: set WHATSAPP_AUTH_KEY to the secret they were saved with',
        );
      }
      const iv = bytes.subarray(1, 1 + IV_BYTES);
      const tag = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
      const body = bytes.subarray(1 + IV_BYTES + TAG_BYTES);
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAAD(Buffer.from(aad, 'utf8'));
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        throw new WhatsappAuthKeyError(
          'stored WhatsApp credentials cannot be decrypted: WHATSAPP_AUTH_KEY is not the secret they were saved with',
        );
      }
    },
  };
}
