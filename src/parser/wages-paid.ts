/**
 * Wages she pays: a word of pay (gaji, gajian, upah, honor, bayaran, THR) beside a word for
 * whoever works for her (karyawan, tukang, ART, anak buah, "mbak yg bantu", Javanese rewang,
 * batur…) is her business's cost, whatever verb the clause has: "gajian karyawan laundry 2
 * org, masing2 400rb" is her payday for her staff, not takings her laundry earned.
 *
 * WHY: "gajian" alone is payday — her own or her husband's pay, money from outside the
 * business (outside-income.ts) — and a work word in the same clause ("laundry") read the
 * amount as a sale, recorded with confidence. The worker named settles who is paid: her.
 * Without one ("gaji suami 3jt", "terima gaji 2jt") today's reading stands.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_WORD, type Token } from './lexer.ts';
import type { Segment } from './lines.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_SALE } from './word-roles.ts';

/** Pay for work, in the forms members write. */
const WAGES = new Set(['gaji', 'gajian', 'gajinya', 'gajih', 'upah', 'upahnya', 'honor', 'honornya', 'bayaran', 'bayarannya',
  'thr', 'thrnya', 'wage', 'wages', 'salary', 'payroll']);
/** Who works for her (a wage paid to them is her expense), in Indonesian, regional and English words. */
const WORKERS = new Set(['karyawan', 'pegawai', 'pekerja', 'tukang', 'buruh', 'asisten', 'helper', 'pembantu', 'kuli', 'sopir',
  'supir', 'penjahit', 'kurir', 'karyawati', 'anak buah', 'pegawe', 'staf', 'staff', 'crew', 'kru', 'art', 'rewang', 'batur',
  'employee', 'employees', 'worker', 'workers', 'karyawannya', 'pegawainya', 'tukangnya', 'karyawanku', 'pegawaiku', 'tukange',
  'buruhnya', 'kuline', 'pekerjanya']);
/** "yg bantu", "yang bantuin": the one who helps her, a helper she pays. */
const HELPS = new Set(['bantu', 'bantuin', 'bantu-bantu', 'ngebantu', 'membantu', 'bantu2']);
const THE_ONE = new Set(['yg', 'yang']);
const T_WAGES = trigger(WAGES);
// ('buah': "anak buah" when the lexer left the two words apart.)
const T_WORKERS = trigger(WORKERS, HELPS, ['buah']);

export function isWorker(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD) return false;
  if (WORKERS.has(t.key) || WORKERS.has(t.text)) return true;
  if (t.text === 'anak' && tokens[i + 1]?.text === 'buah') return true;
  return HELPS.has(t.text) && i > 0 && THE_ONE.has((tokens[i - 1] as Token).text);
}

/** Whether the message names someone who works for her ("gaji karyawan", "THR mbak yg bantu"). */
export function namesWorker(a: Analysis): boolean {
  if (!present(a, T_WORKERS)) return false;
  for (let i = 0; i < a.tokens.length; i++) if (isWorker(a.tokens, i)) return true;
  return false;
}

/**
 * Whether `seg` speaks of pay for someone who works for her: both words in it, or, for a
 * clause with no verb of its own, earlier on its line ("gajian karyawan 2 org, masing2 400rb").
 * "gaji karyawan 500rb, jualan 1jt": the sale keeps its verb.
 */
export function wagesPaid(a: Analysis, seg: Segment): boolean {
  if (!present(a, T_WAGES) || !present(a, T_WORKERS)) return false;
  const { tokens } = a;
  let from = seg.start;
  let ownVerb = false;
  for (let i = seg.start; i < seg.end; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0 && !isWage(t)) ownVerb = true;
  }
  if (!ownVerb) while (from > 0 && (tokens[from - 1] as Token).type !== T_NL) from--;
  let wage = false;
  let worker = false;
  for (let i = from; i < seg.end; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (isWage(t)) wage = true;
    if (isWorker(tokens, i)) worker = true;
  }
  return wage && worker;
}

function isWage(t: Token): boolean {
  return WAGES.has(t.key) || WAGES.has(t.text);
}
