/**
 * An uploaded member list (CSV or XLSX) → its rows of text cells, by column meaning. No
 * database: what the rows mean is member-import.ts's job.
 *
 * - XLSX is told from CSV by its first bytes (a zip file starts "PK\x03\x04"), not by the
 *   file's name: a phone's browser may send "daftar.csv" for either.
 * - CSV: UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8" writes one). The
 *   separator is the header line's: Excel set to Indonesian writes ";" (the comma is the
 *   decimal mark there), others ",". Taken from the header only, so a comma inside an
 *   unquoted name in a ";" file ("Ani, S.Pd.") stays in the name.
 * - The header may be Indonesian or English in any order and case (nama/name,
 *   telepon/hp/phone, kelompok/group, peran/role); columns it does not know are ignored.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** One data row as read: `line` is its row number in the file (the header is line 1). */
export interface RawMemberRow {
  line: number;
  name: string;
  phone: string;
  group: string;
  role: string;
  /**
   * Set by a confirmation that refused this row's phone (`phone_unavailable`, kept with the
   * rows: the page after it shows the reason); never by reading a file.
   */
  unavailable?: true;
}

export type MemberColumn = 'name' | 'phone' | 'group' | 'role';

/** Why a file gives no rows at all (each has its words in the console's texts). */
export type FileProblem = 'unreadable' | 'empty' | 'columns_missing' | 'too_many_rows' | 'too_large';

export type ReadFile = { rows: RawMemberRow[] } | { problem: FileProblem; missing?: MemberColumn[] };

/** At most this many rows in one file: the import's goal is 5,000 in one go (bench/member-import.ts). */
export const MAX_IMPORT_ROWS = 5000;

/** Header words → column, compared without case, spaces or punctuation ("No. HP" → "nohp"). */
const HEADERS: Readonly<Record<string, MemberColumn>> = {
  nama: 'name',
  namaanggota: 'name',
  namalengkap: 'name',
  name: 'name',
  fullname: 'name',
  telepon: 'phone',
  telp: 'phone',
  notelp: 'phone',
  notelepon: 'phone',
  nomortelepon: 'phone',
  hp: 'phone',
  nohp: 'phone',
  nomorhp: 'phone',
  wa: 'phone',
  nowa: 'phone',
  whatsapp: 'phone',
  phone: 'phone',
  phonenumber: 'phone',
  mobile: 'phone',
  kelompok: 'group',
  namakelompok: 'group',
  idkelompok: 'group',
  group: 'group',
  groupname: 'group',
  groupid: 'group',
  peran: 'role',
  jabatan: 'role',
  role: 'role',
};

const REQUIRED: readonly MemberColumn[] = ['name', 'phone', 'group'];

export function columnOfHeader(cell: string): MemberColumn | undefined {
  return HEADERS[cell.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')];
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The cells of a CSV file, row by row ([] when it cannot be read). */
function csvCells(bytes: Uint8Array): string[][] | undefined {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch {
    return undefined;
  }
}

/** The cells of the first worksheet as shown (a number typed as 812… stays its digits). */
async function xlsxCells(bytes: Uint8Array): Promise<string[][] | undefined> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) cells.push(row.getCell(i).text ?? '');
    rows[number - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** The rows of a CSV or XLSX member list, or why there are none. */
export async function readMemberFile(bytes: Uint8Array): Promise<ReadFile> {
  const cells = isZip(bytes) ? await xlsxCells(bytes) : csvCells(bytes);
  if (!cells) return { problem: 'unreadable' };
  const headerAt = cells.findIndex((row) => row.some((c) => c.trim() !== ''));
  if (headerAt < 0) return { problem: 'empty' };
  const columns = new Map<MemberColumn, number>();
  cells[headerAt]!.forEach((cell, i) => {
    const column = columnOfHeader(cell);
    if (column && !columns.has(column)) columns.set(column, i);
  });
  const missing = REQUIRED.filter((c) => !columns.has(c));
  if (missing.length) return { problem: 'columns_missing', missing };
  const cell = (row: string[], column: MemberColumn) => {
    const i = columns.get(column);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const rows: RawMemberRow[] = [];
  for (let i = headerAt + 1; i < cells.length; i++) {
    const row = cells[i]!;
    if (row.every((c) => c.trim() === '')) continue;
    if (rows.length === MAX_IMPORT_ROWS) return { problem: 'too_many_rows' };
    rows.push({ line: i + 1, name: cell(row, 'name'), phone: cell(row, 'phone'), group: cell(row, 'group'), role: cell(row, 'role') });
  }
  return rows.length ? { rows } : { problem: 'empty' };
}
