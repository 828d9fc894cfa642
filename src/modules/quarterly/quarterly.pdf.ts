/**
 * The quarterly monitoring report as a ONE-PAGE PDF (pdfkit, A4 landscape) to hand to a
 * partner organisation: title, group, quarter, a table of members, totals and the group's
 * own loans. Rows and type shrink to fit any group on one page. Text is set in Roboto,
 * read from its npm package (as the charts do), so no system font is needed.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { QuarterlyLabels, QuarterlyMemberRow, QuarterlyReportData } from './quarterly.ts';

const require = createRequire(import.meta.url);
const REGULAR = require.resolve('@expo-google-fonts/roboto/400Regular/Roboto_400Regular.ttf');
const BOLD = require.resolve('@expo-google-fonts/roboto/700Bold/Roboto_700Bold.ttf');

/** A4 landscape in points. */
const PAGE = { width: 841.89, height: 595.28 } as const;
const MARGIN = 32;

type Align = 'left' | 'right' | 'center';
interface Column {
  key: keyof QuarterlyLabels['columns'];
  weight: number;
  align: Align;
}

const COLUMNS: Column[] = [
  { key: 'number', weight: 24, align: 'right' },
  { key: 'name', weight: 140, align: 'left' },
  { key: 'role', weight: 62, align: 'left' },
  { key: 'assets', weight: 78, align: 'right' },
  { key: 'turnoverReported', weight: 84, align: 'right' },
  { key: 'turnoverFromBooks', weight: 84, align: 'right' },
  { key: 'employees', weight: 52, align: 'right' },
  { key: 'loans', weight: 44, align: 'right' },
  { key: 'outstanding', weight: 84, align: 'right' },
  { key: 'arrears', weight: 78, align: 'right' },
  { key: 'streak', weight: 56, align: 'right' },
];

export interface PdfOptions {
  /** Deflate page streams (default true); tests turn it off to read the text. */
  compress?: boolean;
}

export async function renderQuarterlyPdf(data: QuarterlyReportData, labels: QuarterlyLabels, options: PdfOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    // No page margins for pdfkit: it would add a page for text near the bottom. Ours are drawn.
    margin: 0,
    compress: options.compress ?? true,
    info: { Title: `${labels.title} — ${data.group.name} — ${data.quarter}`, Author: 'Dampingi' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('Roboto', REGULAR);
  doc.registerFont('Roboto-Bold', BOLD);

  const width = PAGE.width - 2 * MARGIN;
  const scale = width / COLUMNS.reduce((t, c) => t + c.weight, 0);
  const widths = COLUMNS.map((c) => c.weight * scale);
  const cell = (text: string, x: number, y: number, w: number, align: Align, size: number) => {
    doc.fontSize(size);
    let shown = text;
    // One line per cell: a name too long for its column is shortened with an ellipsis.
    while (shown.length > 1 && doc.widthOfString(shown) > w - 4) shown = `${shown.slice(0, -2)}…`;
    doc.text(shown, x + 2, y, { width: w - 4, align, lineBreak: false });
  };
  const row = (values: readonly string[], y: number, size: number, bold = false) => {
    doc.font(bold ? 'Roboto-Bold' : 'Roboto');
    let x = MARGIN;
    values.forEach((v, i) => {
      cell(v, x, y, widths[i]!, COLUMNS[i]!.align, size);
      x += widths[i]!;
    });
  };

  // Heading.
  let y = MARGIN;
  doc.font('Roboto-Bold').fontSize(16).text(labels.title, MARGIN, y, { lineBreak: false });
  y += 22;
  doc.font('Roboto').fontSize(10);
  const facts = [
    `${labels.group}: ${data.group.name}${data.group.village ? ` (${[data.group.village, data.group.district].filter(Boolean).join(', ')})` : ''}`,
    `${labels.quarter}: ${data.quarter} · ${labels.quarterName(data.from, data.to)}`,
    `${labels.facilitator}: ${data.facilitator ?? labels.missing}`,
    `${labels.asOf}: ${labels.date(data.asOf)}`,
  ];
  doc.text(facts.join('     '), MARGIN, y, { width, lineBreak: false });
  y += 20;

  // The table: header, one row per member, totals, the group's loans — shrunk to fit.
  const footerLines = 2;
  const available = PAGE.height - MARGIN - y - 4;
  const lines = data.rows.length + 1 + footerLines;
  const lineHeight = Math.min(18, available / lines);
  const size = Math.max(3, Math.min(9, lineHeight * 0.68));
  const headerSize = Math.min(size, 8.5);
  doc.rect(MARGIN, y - 2, width, lineHeight).fill('#DDE6F4');
  doc.fillColor('#000000');
  row(
    COLUMNS.map((c) => labels.columns[c.key]),
    y + (lineHeight - headerSize * 1.2) / 2,
    headerSize,
    true,
  );
  y += lineHeight;
  const m = labels.money;
  const dash = labels.missing;
  const memberValues = (r: QuarterlyMemberRow, i: number) => [
    String(i + 1),
    r.name,
    r.role,
    r.assets === null ? dash : m(r.assets),
    r.turnoverReported === null ? dash : m(r.turnoverReported),
    m(r.turnoverFromBooks),
    r.employees === null ? dash : String(r.employees),
    String(r.loans.count),
    r.loans.count ? m(r.loans.outstanding) : dash,
    r.loans.count ? m(r.loans.arrears) : dash,
    r.loans.streak === null ? dash : `${r.loans.streak}x`,
  ];
  data.rows.forEach((r, i) => {
    if (i % 2 === 1) {
      doc.rect(MARGIN, y - 1, width, lineHeight).fill('#F4F6FA');
      doc.fillColor('#000000');
    }
    row(memberValues(r, i), y + (lineHeight - size * 1.2) / 2, size);
    y += lineHeight;
  });
  doc.moveTo(MARGIN, y - 1).lineTo(MARGIN + width, y - 1).lineWidth(0.8).stroke('#555555');
  const t = data.totals;
  row(
    ['', labels.totals, `${t.reported}/${t.members}`, m(t.assets), m(t.turnoverReported), m(t.turnoverFromBooks), String(t.employees), String(data.rows.reduce((n, r) => n + r.loans.count, 0)), m(t.outstanding), m(t.arrears), ''],
    y + (lineHeight - size * 1.2) / 2,
    size,
    true,
  );
  y += lineHeight;
  const g = data.groupLoans;
  row(
    ['', labels.groupLoans, '', '', '', '', '', String(g.count), g.count ? m(g.outstanding) : dash, g.count ? m(g.arrears) : dash, g.streak === null ? dash : `${g.streak}x`],
    y + (lineHeight - size * 1.2) / 2,
    size,
  );
  doc.end();
  return done;
}
