/** Numbers as the console shows them: Rp15.000, 66,7 % (Indonesian) or 66.7% (English). */
import { formatNumber, formatRupiah } from '../core/money.ts';
import type { ConsoleLanguage } from './texts.ts';

export { formatRupiah };

export function formatCount(n: number): string {
  return formatNumber(n);
}

/** A ratio 0..1 as a percentage with one decimal; null (no ratio) as the "none" mark. */
export function formatPercent(ratio: number | null, lang: ConsoleLanguage, none: string): string {
  if (ratio === null) return none;
  const value = (Math.round(ratio * 1000) / 10).toFixed(1);
  return lang === 'id' ? `${value.replace('.', ',')} %` : `${value}%`;
}

const MONTHS: Readonly<Record<ConsoleLanguage, readonly string[]>> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** 2026-12-10 → 10 Des 2026 / 10 Dec 2026. */
export function formatDay(date: string, lang: ConsoleLanguage): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[lang][Number(m) - 1]} ${y}`;
}

/** 2026-12-01 → Des (the month alone, for a chart's axis). */
export function formatMonthShort(date: string, lang: ConsoleLanguage): string {
  return MONTHS[lang][Number(date.slice(5, 7)) - 1]!;
}

/** 2026-12-01 → Des 2026 / Dec 2026. */
export function formatMonth(date: string, lang: ConsoleLanguage): string {
  return `${formatMonthShort(date, lang)} ${date.slice(0, 4)}`;
}

/**
 * An amount rounded for a chart's axis: Rp1,2 M, Rp350 jt, Rp15 rb (Indonesian: miliar,
 * juta, ribu) or Rp1.2B, Rp350M, Rp15K. The exact amounts are in the table beside it.
 */
export function formatRupiahShort(value: number, lang: ConsoleLanguage): string {
  const units = lang === 'id' ? ([[1e9, ' M'], [1e6, ' jt'], [1e3, ' rb']] as const) : ([[1e9, 'B'], [1e6, 'M'], [1e3, 'K']] as const);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [size, unit] of units) {
    if (abs >= size) {
      const n = abs / size;
      const text = (n >= 10 ? Math.round(n).toString() : (Math.round(n * 10) / 10).toString());
      return `${sign}Rp${lang === 'id' ? text.replace('.', ',') : text}${unit}`;
    }
  }
  return `${sign}Rp${abs}`;
}

/** An instant in her time zone: 10 Des 2026 12.05 / 10 Dec 2026 12:05. */
export function formatInstant(at: Date, timeZone: string, lang: ConsoleLanguage): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${formatDay(`${parts.year}-${parts.month}-${parts.day}`, lang)} ${parts.hour}${lang === 'id' ? '.' : ':'}${parts.minute}`;
}
