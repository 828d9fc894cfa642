/** The home page's 12-month chart of sales, expenses and profit. */
export interface TrendTexts {
  heading: string;
  sales: string;
  expenses: string;
  profit: string;
  month: string;
  /** The running month, marked on the chart and in the table. */
  partial: (month: string) => string;
  /** The chart's text alternative (its title); the table has every number. */
  summary: (from: string, to: string) => string;
  table: string;
}

export const trendId: TrendTexts = {
  heading: 'Jualan, belanja dan untung, 12 bulan',
  sales: 'Jualan',
  expenses: 'Belanja',
  profit: 'Untung',
  month: 'Bulan',
  partial: (month) => `${month}: bulan berjalan, sampai hari ini`,
  summary: (from, to) => `Grafik jualan, belanja dan untung per bulan, ${from} sampai ${to}. Angkanya ada di tabel di bawah.`,
  table: 'Tabel angka',
};

export const trendEn: TrendTexts = {
  heading: 'Sales, expenses and profit, 12 months',
  sales: 'Sales',
  expenses: 'Expenses',
  profit: 'Profit',
  month: 'Month',
  partial: (month) => `${month}: the running month, up to today`,
  summary: (from, to) => `Chart of sales, expenses and profit per month, ${from} to ${to}. The numbers are in the table below.`,
  table: 'Table of numbers',
};
