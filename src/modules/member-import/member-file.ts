/**
 * An uploaded member list (CSV or XLSX) → its rows of text cells, by column meaning. No
 * database: what the rows mean is member-import.ts's job.
 *
 * - XLSX is told from CSV by its first bytes (a zip file starts "PK\x03\x04"), not by the
 *   file's name: a phone's browser may send "daftar.csv" for either.
 * - XLSX is a zip: 5 MB of it may unpack to gigabytes (a sheet of millions of rows, or a
 *   "zip bomb"). So its declared unpacked size is checked first (`MAX_UNPACKED_BYTES`, from
 *   the zip's directory, before any inflating), and the sheet is then read as a stream
 *   (exceljs's WorkbookReader) that stops at the first row past the cap: never the whole
 *   workbook in memory, as `workbook.xlsx.load` would build it.
 * - CSV: UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8" writes one). The
 *   separator is the header line's: Excel set to Indonesian writes ";" (the comma is the
 *   decimal mark there), others ",". Taken from the header only, so a comma inside an
 *   unquoted name in a ";" file ("Ani, S.Pd.") stays in the name.
 * - The header may be Indonesian or English in any order and case (nama/name,
 *   telepon/hp/phone, kelompok/group, peran/role); columns it does not know are ignored.
 */
import { Readable } from 'node:stream';
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
export type FileProblem = 'unreadable' | 'empty' | 'columns_missing' | 'too_many_rows' | 'too_large' | 'too_large_unpacked';

export type ReadFile = { rows: RawMemberRow[] } | { problem: FileProblem; missing?: MemberColumn[] };

/** At most this many rows in one file: the import's goal is 5,000 in one go (bench/member-import.ts). */
export const MAX_IMPORT_ROWS = 5000;

/**
 * At most this much unpacked in an XLSX (every part of the zip, as its directory declares):
 * 5,000 rows of a few columns take 2–3 MB of sheet XML and shared strings; the rest is room
 * for styles, a logo, a second sheet.
 */
export const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

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

/** One row's cells with its row number in the file (1 for the first). */
interface CellRow {
  line: number;
  cells: string[];
}

/** The cells of a CSV file, row by row (undefined when it cannot be read). */
function csvCells(bytes: Uint8Array): CellRow[] | undefined {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (headerLine.match(/;/g)?.length ?? 0) > (headerLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    return (parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][]).map((cells, i) => ({ line: i + 1, cells }));
  } catch {
    return undefined;
  }
}

/**
 * The sum of the unpacked sizes a zip's central directory declares, or undefined when it has
 * none to read (not a zip; ZIP64, whose sizes do not fit here: far past the cap anyway).
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes, then a comment of up to 65,535.
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    if (entries === 0xffff || at === 0xffffffff) return undefined;
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      const size = view.getUint32(at + 24, true);
      if (size === 0xffffffff) return undefined;
      total += size;
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return undefined;
}

/**
 * The cells of the first worksheet as shown (a number typed as 812… stays its digits), read
 * as a stream and stopped at the first row past the cap (header + 5,000 rows + one: enough
 * for readMemberFile to say `too_many_rows`). Undefined when it cannot be read.
 */
async function xlsxCells(bytes: Uint8Array): Promise<CellRow[] | undefined> {
  const rows: CellRow[] = [];
  try {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const cells: string[] = [];
        for (let i = 1; i <= row.cellCount; i++) cells.push(row.getCell(i).text ?? '');
        if (cells.every((c) => c.trim() === '')) continue;
        rows.push({ line: row.number, cells });
        if (rows.length > MAX_IMPORT_ROWS + 1) break;
      }
      break; // the first sheet only
    }
  } catch {
    return undefined;
  }
  return rows;
}

/** The rows of a CSV or XLSX member list, or why there are none. */
export async function readMemberFile(bytes: Uint8Array): Promise<ReadFile> {
  if (isZip(bytes)) {
    const unpacked = declaredUnpackedSize(bytes);
    if (unpacked === undefined) return { problem: 'unreadable' };
    if (unpacked > MAX_UNPACKED_BYTES) return { problem: 'too_large_unpacked' };
  }
  const cells = isZip(bytes) ? await xlsxCells(bytes) : csvCells(bytes);
  if (!cells) return { problem: 'unreadable' };
  const headerAt = cells.findIndex((row) => row.cells.some((c) => c.trim() !== ''));
  if (headerAt < 0) return { problem: 'empty' };
  const columns = new Map<MemberColumn, number>();
  cells[headerAt]!.cells.forEach((cell, i) => {
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
    const { line, cells: row } = cells[i]!;
    if (row.every((c) => c.trim() === '')) continue;
    if (rows.length === MAX_IMPORT_ROWS) return { problem: 'too_many_rows' };
    rows.push({ line, name: cell(row, 'name'), phone: cell(row, 'phone'), group: cell(row, 'group'), role: cell(row, 'role') });
  }
  return rows.length ? { rows } : { problem: 'empty' };
}
