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

/**
 * A phone number as staff screens show it: "+62 812-••••-5678" (country code, the operator's
 * prefix, the last four). Why masked: console pages are screenshotted and passed around
 * (reports, chat groups, slides), and a member's full number on one of them would reach
 * people she never gave it to. The prefix and last four are enough to tell two numbers apart
 * or to check with her which number the bot knows. Null for a number that does not parse.
 */
export function maskPhone(e164: string): string | null {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return null;
  const national = parsed.nationalNumber;
  if (national.length < 8) return `+${parsed.countryCallingCode} ${'•'.repeat(national.length - 2)}${national.slice(-2)}`;
  return `+${parsed.countryCallingCode} ${national.slice(0, 3)}-${'•'.repeat(4)}-${national.slice(-4)}`;
}
