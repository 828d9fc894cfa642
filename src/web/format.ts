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

/** 2026-12-10 → 10 Des 2026 / 10 Dec 2026. */
export function formatDay(date: string, lang: ConsoleLanguage): string {
  const months = lang === 'id' ? ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] : ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${months[Number(m) - 1]} ${y}`;
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
