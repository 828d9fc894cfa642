/**
 * Strict parsing of flag values. Commander hands over strings; these turn them into
 * numbers or refuse them naming the flag (a FlagError, or the DomainError of the rule it
 * breaks), before any database is opened.
 */
import { FlagError, FlagRuleError } from './flag-error.ts';

/** A database id: a positive whole number written with digits only ("12", not "12abc", "1e3", "-1"). */
export function positiveId(flag: string, raw: string): number {
  const value = /^[1-9]\d*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value)) {
    throw new FlagError('id_invalid', (m) => m.idInvalid(flag, raw));
  }
  return value;
}

/** An optional id: undefined stays undefined. */
export function optionalId(flag: string, raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : positiveId(flag, raw);
}

/**
 * A Telegram user id as Telegram sends it: digits, no leading zero (a "0123" would never
 * match the "123" Telegram reports, so it is refused rather than stored).
 */
export function telegramIdFlag(flag: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d{0,14}$/.test(raw)) {
    throw new FlagRuleError('telegram_id_invalid', (m) => m.telegramIdInvalid(flag, raw));
  }
  return raw;
}

/** A whole number written with digits only: "12" yes; "", "12abc", "1e3", "-3", "1.000.000" no. */
export function wholeNumber(flag: string, raw: string, example: string): number {
  const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value)) {
    const hint = /^\d{1,3}([.,]\d{3})+$/.test(raw) ? 'thousands' : null;
    throw new FlagError('number_invalid', (m) => m.wholeNumberInvalid(flag, raw, example, hint));
  }
  return value;
}

/** A decimal number with a dot: "6", "6.5", "0.25"; "", "6,5", ".5", "6%", "1e1" no. */
export function decimalNumber(flag: string, raw: string, example: string): number {
  if (!/^\d+(\.\d+)?$/.test(raw)) {
    const hint = /^\d+,\d+$/.test(raw) ? 'comma' : null;
    throw new FlagError('number_invalid', (m) => m.decimalNumberInvalid(flag, raw, example, hint));
  }
  return Number(raw);
}
