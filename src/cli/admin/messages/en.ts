/** The admin command line's sentences in English (`--lang en`, or LANG=en…). */
import { repliesFor } from '../../../conversation/replies/index.ts';
import { quoted } from '../quote.ts';
import type { CliMessages, NumberHint } from './catalogue.ts';

const HINT_WHOLE: Record<Exclude<NumberHint, null>, string> = { thousands: ' (write it without thousands separators)', comma: '' };
const HINT_DECIMAL: Record<Exclude<NumberHint, null>, string> = { thousands: '', comma: ' (use a dot for decimals)' };

export const en: CliMessages = {
  retryWhich: () => 'give the id of one set-aside message, or --all',
  notSetAside: (id) => `no message set aside has id ${id}`,
  failedAgain: (id, error) => `message ${id} failed again and stays set aside: ${error}`,
  idInvalid: (flag, raw) => `${flag} must be a positive whole number such as 12, got ${quoted(raw)}`,
  wholeNumberInvalid: (flag, raw, example, hint) =>
    `${flag} must be a whole number written with digits only, e.g. ${example}${hint ? HINT_WHOLE[hint] : ''}, got ${quoted(raw)}`,
  decimalNumberInvalid: (flag, raw, example, hint) => `${flag} must be a number such as ${example}${hint ? HINT_DECIMAL[hint] : ''}, got ${quoted(raw)}`,
  telegramIdInvalid: (flag, raw) => `${flag} must be a Telegram user id: a positive number of up to 15 digits, got ${quoted(raw)}`,
  dateInvalid: (flag, raw) => `${flag} must be a real date written YYYY-MM-DD, got ${quoted(raw)}`,
  exportDateInvalid: (flag, raw) => `${flag} must be a real date written YYYY-MM-DD (or dd/mm/yyyy), got ${quoted(raw)}`,
  instantInvalid: (flag, raw) => `${flag} must be a time in ISO 8601 with its offset, e.g. 2027-01-30T00:00:00+07:00, got ${quoted(raw)}`,
  windowInvalid: (maxDays) => `--to must be after --from, and at most ${maxDays} days later`,
  kindInvalid: (kinds, raw) => `--kind must be one of ${kinds.join(', ')}, got ${quoted(raw)}`,
  quietHoursInvalid: (raw) => `quiet hours must be HH:MM-HH:MM (e.g. 21:00-07:00) or off, got ${quoted(raw)}`,
  quarterInvalid: (raw) => `--quarter must be like 2026Q4, got ${quoted(raw)}`,
  formatInvalid: (formats, raw) => `--format must be ${formats.join(' or ')}, got ${quoted(raw)}`,
  languageInvalid: (flag, raw) => `${flag} must be id or en, got ${quoted(raw)}`,
  outInvalid: '--out must name a file',
  exportRangeInvalid: (from, to) => `--from ${from} is after --to ${to}`,
  borrowerInvalid: 'give exactly one of --group <id> (a group loan) or --member <id> (a loan to one member)',
  inGroupWithGroup: "--in-group goes with --member: a group's loan (--group) is given in that group",
  loanGroupAmbiguous: (groups) => `she is an active member of several groups (${groups.join(', ')}): say which one the loan is given in with --in-group <id or name>`,
  loanGroupNotHers: (raw, groups) =>
    `--in-group ${quoted(raw)} is not a group she is an active member of; ${groups.length ? `her groups: ${groups.join(', ')}` : 'she is in no group'}`,
  loanGroupNameAmbiguous: (raw, groups) => `--in-group ${quoted(raw)} names several of her groups (${groups.join(', ')}): give the id`,
  facilitatorNotFound: (id) => `no facilitator with id ${id}`,
  personWhich: () => 'name the person by --person <id>, or by --phone, --telegram-id or --telegram-username (not both ways); `person find --name` prints ids',
  loanTermInvalid: (_flag, english) => english,
  refusal: (code) => repliesFor('en').refusals[code],

  cannotOpenDatabase: (detail) => `cannot open the database: ${detail}`,
  usageError: (line) => line,

  skipWhy: {
    opted_out: 'she opted out (BERHENTI)',
    no_private_chat: 'no private chat the bot may use: on WhatsApp it writes privately only to someone who wrote to it privately first',
  },
  quietHoursMoved: (localTime, quietHours) => `due at ${localTime}, in quiet hours (${quietHours}): sent when they end`,
  noTimeZones: 'no groups or members yet: no time zone has reminders',
  noSlots: 'no reminder falls due in this window (repayments and orders daily 08:00, nudges Saturday 19:00, digests Sunday 19:00, quarterly questions the first Monday of a quarter 08:00)',
  nothingDue: (kind, timeZone) => NOTHING_DUE[kind](timeZone),
};

const NOTHING_DUE: Record<Parameters<CliMessages['nothingDue']>[0], (timeZone: string) => string> = {
  repayment: (z) => `no unpaid instalment due in 3 days, tomorrow, today, 1 or 7 days ago for anyone in ${z}`,
  nudge: (z) => `no active member living in ${z} without entries this week`,
  digest: (z) => `no linked group chat of a group in ${z} with active members`,
  quarterly: (z) => `no active member living in ${z}`,
  order_due: (z) => `no open order due tomorrow for a member living in ${z}`,
  weekly_summary: (z) => `no member living in ${z} with entries this week`,
};
