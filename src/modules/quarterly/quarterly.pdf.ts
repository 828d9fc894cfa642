/**
 * The quarterly monitoring report as a ONE-PAGE PDF (pdfkit, A4 landscape) to hand to a
 * partner organisation as it is: title (provisional while the quarter runs), when it was
 * made, group, village and district, a table of members, totals, the reported turnover
 * beside the books of the same members, the group's own loans, what each column means,
 * and signature lines for the ketua and the facilitator. Rows and type take the space the
 * rest leaves, so any group fits on one page and a small one does not leave it empty. Text is set in Roboto,
 * read from its npm package (as the charts do), so no system font is needed.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { notesOf, reportName, type QuarterlyLabels, type QuarterlyMemberRow, type QuarterlyReportData, type StaffFilledFigure } from './quarterly.ts';

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
    info: { Title: `${labels.title} — ${data.group.name} — ${labels.quarterName(data.from, data.to)}`, Author: 'Dampingi' },
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
  // A cell's text, or a name with a tail kept whole when the name must be shortened ("Ani… (keluar 12 Nov 2026)").
  type CellText = string | { head: string; tail: string };
  const cell = (text: CellText, x: number, y: number, w: number, align: Align, size: number) => {
    doc.fontSize(size);
    const tail = typeof text === 'string' ? '' : text.tail;
    let head = typeof text === 'string' ? text : text.head;
    // One line per cell: a name too long for its column is shortened with an ellipsis.
    while (head.length > 1 && doc.widthOfString(`${head}${tail}`) > w - 4) head = `${head.slice(0, -2)}…`;
    doc.text(`${head}${tail}`, x + 2, y, { width: w - 4, align, lineBreak: false });
  };
  const row = (values: readonly CellText[], y: number, size: number, bold = false) => {
    doc.font(bold ? 'Roboto-Bold' : 'Roboto');
    let x = MARGIN;
    values.forEach((v, i) => {
      cell(v, x, y, widths[i]!, COLUMNS[i]!.align, size);
      x += widths[i]!;
    });
  };

  // Heading: title (provisional while the quarter runs), when it was made, where and whose.
  let y = MARGIN;
  const title = data.provisional ? `${labels.title} (${labels.provisional(data.asOf)})` : labels.title;
  doc.font('Roboto-Bold').fontSize(15).text(title, MARGIN, y, { width: width - 170, lineBreak: false });
  doc.font('Roboto').fontSize(9).text(`${labels.made}: ${labels.date(data.made.date)} ${data.made.time}`, MARGIN + width - 170, y + 4, { width: 170, align: 'right', lineBreak: false });
  y += 22;
  const dash = labels.missing;
  const factLines = [
    [
      `${labels.group}: ${data.group.name}`,
      `${labels.village}: ${data.group.village ?? dash}`,
      `${labels.district}: ${data.group.district ?? dash}`,
    ],
    [
      `${labels.period}: ${labels.quarterName(data.from, data.to)}`,
      `${labels.facilitator}: ${data.facilitator ?? dash}`,
      `${labels.asOf}: ${labels.date(data.asOf)}`,
    ],
  ];
  doc.font('Roboto').fontSize(10);
  for (const facts of factLines) {
    doc.text(facts.join('     ·     '), MARGIN, y, { width, lineBreak: false });
    y += 14;
  }
  y += 6;

  // What sits under the table, measured first so the table can take the rest of the page.
  const t = data.totals;
  // Notes a little larger when few members leave room for them.
  const noteSize = data.rows.length <= 20 ? 8.5 : 7.5;
  doc.font('Roboto').fontSize(noteSize);
  const summary = `${labels.reported(t.reported, t.members)}.  ${labels.comparison({ reporters: t.turnoverReporters, members: t.members, reported: t.turnoverReported, books: t.turnoverFromBooksOfReporters })}`;
  const notes = notesOf(data, labels);
  const notesHeight = notes.reduce((h, n) => h + doc.heightOfString(n, { width }) + 1, 0);
  const summaryHeight = doc.fontSize(9).heightOfString(summary, { width }) + 4;
  const signatureHeight = 62;
  const bottomBlock = summaryHeight + notesHeight + signatureHeight + 16;

  // The table: header, one row per member, totals, the reporters' turnover, the group's loans — sized to the space left.
  const extraLines = data.leftMembersLoans.count > 0 ? 4 : 3;
  const available = PAGE.height - MARGIN - y - bottomBlock;
  const lines = data.rows.length + 1 + extraLines;
  const lineHeight = Math.min(20, available / lines);
  const size = Math.max(3, Math.min(9.5, lineHeight * 0.62));
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
  const orDash = <T>(value: T | null, show: (v: T) => string) => (value === null ? dash : show(value));
  // A figure staff filled in on her behalf carries the mark the notes explain.
  const marked = (r: QuarterlyMemberRow, figure: StaffFilledFigure, text: string) => (r.staffFilled?.includes(figure) ? `${text}${labels.staffMark}` : text);
  // A member who left within the quarter: the tag stays whole, her name gives way.
  const nameOf = (r: QuarterlyMemberRow): CellText => (r.leftOn ? { head: r.name, tail: reportName(r, labels).slice(r.name.length) } : r.name);
  const memberValues = (r: QuarterlyMemberRow, i: number) => [
    String(i + 1),
    nameOf(r),
    r.role,
    marked(r, 'assets', orDash(r.assets, m)),
    marked(r, 'turnoverReported', orDash(r.turnoverReported, m)),
    r.daysRecorded === 0 ? dash : m(r.turnoverFromBooks),
    marked(r, 'employees', orDash(r.employees, String)),
    String(r.loans.count),
    r.loans.count ? m(r.loans.outstanding) : dash,
    r.loans.count ? m(r.loans.arrears) : dash,
    orDash(r.loans.streak, labels.times),
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
  const answered = (pick: (r: QuarterlyMemberRow) => number | null) => data.rows.some((r) => pick(r) !== null);
  const loanCount = data.rows.reduce((n, r) => n + r.loans.count, 0);
  row(
    [
      '',
      labels.totals,
      '',
      answered((r) => r.assets) ? m(t.assets) : dash,
      t.turnoverReporters ? m(t.turnoverReported) : dash,
      data.rows.some((r) => r.daysRecorded > 0) ? m(t.turnoverFromBooks) : dash,
      answered((r) => r.employees) ? String(t.employees) : dash,
      String(loanCount),
      loanCount ? m(t.outstanding) : dash,
      loanCount ? m(t.arrears) : dash,
      '',
    ],
    y + (lineHeight - size * 1.2) / 2,
    size,
    true,
  );
  y += lineHeight;
  // The fair comparison: reported against books for the same members only.
  row(
    ['', labels.reporterRow(t.turnoverReporters), '', '', t.turnoverReporters ? m(t.turnoverReported) : dash, t.turnoverReporters ? m(t.turnoverFromBooksOfReporters) : dash, '', '', '', '', ''],
    y + (lineHeight - size * 1.2) / 2,
    size,
  );
  y += lineHeight;
  const loanLines: [string, QuarterlyReportData['groupLoans']][] = [[labels.groupLoans, data.groupLoans]];
  if (data.leftMembersLoans.count > 0) loanLines.push([labels.leftMembersLoans, data.leftMembersLoans]);
  for (const [label, g] of loanLines) {
    row(
      ['', label, '', '', '', '', '', String(g.count), g.count ? m(g.outstanding) : dash, g.count ? m(g.arrears) : dash, orDash(g.streak, labels.times)],
      y + (lineHeight - size * 1.2) / 2,
      size,
    );
    y += lineHeight;
  }
  y += 8;

  // Under the table: who reported and the comparison, then what each column means.
  doc.font('Roboto-Bold').fontSize(9).text(summary, MARGIN, y, { width });
  y += summaryHeight;
  doc.font('Roboto').fontSize(noteSize).fillColor('#333333');
  for (const note of notes) {
    doc.text(note, MARGIN, y, { width });
    y += doc.heightOfString(note, { width }) + 1;
  }
  doc.fillColor('#000000');

  // Signatures, at the foot of the page: the ketua on the left, the facilitator on the right.
  const signY = PAGE.height - MARGIN - signatureHeight;
  const blockWidth = 220;
  const signers = [
    { x: MARGIN + 40, role: labels.signatures.ketua, name: data.ketua },
    { x: MARGIN + width - blockWidth - 40, role: labels.signatures.facilitator, name: data.facilitator },
  ];
  for (const s of signers) {
    doc.font('Roboto').fontSize(9).text(`${s.role},`, s.x, signY, { width: blockWidth, align: 'center', lineBreak: false });
    doc.moveTo(s.x, signY + 40).lineTo(s.x + blockWidth, signY + 40).lineWidth(0.6).stroke('#000000');
    doc.fontSize(8).text(`(${s.name ?? labels.signatures.nameLine})`, s.x, signY + 44, { width: blockWidth, align: 'center', lineBreak: false });
    doc.fontSize(8).text(`${labels.signatures.date}: ____________`, s.x, signY + 55, { width: blockWidth, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
