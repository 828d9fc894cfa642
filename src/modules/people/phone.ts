/**
 * Phone numbers as people write them in Indonesia ("0812-3456-7890", "+62 812 3456 7890",
 * "62812…") → E.164 ("+6281234567890"), validated by libphonenumber's metadata.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export function normalizePhone(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/^[+\d][\d\s().-]{5,24}$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[^\d+]/g, '');
  // "62812…" without the plus is common in WhatsApp exports.
  const withPlus = /^62\d{8,}$/.test(digits) ? `+${digits}` : digits;
  const parsed = parsePhoneNumberFromString(withPlus, 'ID');
  return parsed?.isValid() ? parsed.number : null;
}
