/**
 * Reads a PDF back the way a reader sees it, with poppler's command-line tools (installed
 * by .ci/run when missing): its text as laid out (`pdftotext -layout`), its page count
 * (`pdfinfo`), and page 1 rendered to a grey image (`pdftoppm -gray`) to measure how much
 * of it is ink. Tests call these rather than skip: a machine without poppler fails loudly.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withFile<T>(pdf: Buffer, fn: (file: string, dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    await writeFile(file, pdf);
    return await fn(file, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of every page, laid out in columns as on the page. */
export function pdfText(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (file) => (await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'])).stdout);
}

export function pdfPages(pdf: Buffer): Promise<number> {
  return withFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  });
}

/** Page 1 as a greyscale image: its size and the share of pixels that are not white. */
export function renderFirstPage(pdf: Buffer, dpi = 40): Promise<{ width: number; height: number; inkShare: number }> {
  return withFile(pdf, async (file, dir) => {
    await run('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'page')]);
    return readPgm(await readFile(path.join(dir, 'page.pgm')));
  });
}

/** A binary PGM (P5, 8-bit): "P5\nW H\n255\n" then one byte a pixel. */
function readPgm(bytes: Buffer): { width: number; height: number; inkShare: number } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [whole, w, h] = header;
  const width = Number(w);
  const height = Number(h);
  const pixels = bytes.subarray(whole.length, whole.length + width * height);
  let ink = 0;
  for (const p of pixels) if (p < 200) ink += 1;
  return { width, height, inkShare: ink / (width * height) };
}
