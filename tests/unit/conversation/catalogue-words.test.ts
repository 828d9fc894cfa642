/**
 * Every sentence of both reply catalogues, rendered with realistic values (long names, big
 * amounts, a name already written with "Ibu"), keeps the promises of docs/WORDS.md: short
 * (at most three lines) unless it is a recap or a list, Indonesian without English or
 * bookkeeping words, one vocabulary, "Bu Ani" to one woman and "Ibu-ibu" to a group,
 * every refusal with a sentence of its own that says what to write next. The checks are
 * plain functions, and the last block feeds them bad sentences to show that they fail.
 */
import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES } from '../../../src/core/errors.ts';
import { repliesFor, type Catalogue, type Language } from '../../../src/conversation/replies/index.ts';
import { address } from '../../../src/conversation/replies/format.ts';
import { FORM_ERRORS, LINK_REFUSALS, MEMBER, MEMBER_WITH_TITLE, NAME_PROBLEMS, NOT_RECORDED_NOTES, RECORD_SAMPLES, SAMPLES, TODAY } from './catalogue-samples.ts';

interface Rendered {
  key: string;
  text: string;
}

/** Recaps, lists and questions that show the entries they are about: longer than three lines is their job. */
const LONG_KEYS = new Set<string>([
  'recorded', 'recordedDays', 'askConfirm', 'askDoubt', 'askConfirmCredit', 'revokedVoided', 'revokedVoidedFor', 'revokedToldMember', 'undone', 'recap', 'help', 'questionExpired', 'questionOvertaken',
  'repaymentRecorded', 'loanStanding', 'repaymentWhichLoan', 'memberList', 'notRecorded', 'leadAskTrades', 'leadPreview',
  'leadBroadcast', 'leadDetails', 'leadList', 'reminderDigest', 'reminderQuarterly', 'quarterlyReportSaved', 'chartCaption',
  'askPriced', 'corrected', 'correctionWhich', 'entryList', 'deleted', 'deleteAllAsk', 'deletedAll', 'askKind',
  'kindQuestionExpired', 'moved', 'correctionMismatch', 'correctionAskOtherItem', 'priceList', 'orderTaken',
  'orderPaymentRecorded', 'orderList', 'creditRecorded', 'receivableList', 'onBehalfRecorded', 'onBehalfToldMember',
  'linkEffects', 'weeklySummary', 'groupRecap', 'mediaForFacilitator',
]);

/**
 * Of those, the recaps and lists proper (a week's recap, help, a list of entries or orders,
 * a loan's standing, a lead's card): any length. Every other long reply is a confirmation
 * around a list — its own lines (not the list's items, not its 📅 day) stay within three.
 */
const RECAP_KEYS = new Set<string>([
  'recap', 'help', 'weeklySummary', 'groupRecap', 'leadPreview', 'leadDetails', 'leadBroadcast', 'leadList', 'reminderDigest',
  'reminderQuarterly', 'memberList', 'entryList', 'orderList', 'receivableList', 'priceList', 'chartCaption', 'linkEffects',
  'loanStanding', 'quarterlyReportSaved',
]);
const LIST_ITEM = /^\s*(?:•|-|\d+\.|✗|✓|↩️|📅)/;

/** Words on files and charts, not chat sentences: checked for words, not for length. */
const LABEL_KEYS = new Set<string>(['chartLabels', 'quarterlyLabels', 'kindChoice', 'yes', 'no', 'confirmWord', 'leadSendWord']);

/** A short reply: at most three lines and this many characters, with the long sample values. */
export const MAX_LINES = 3;
export const MAX_CHARS = 300;
/** Any one line of a recap or list (a phone shows about 35 characters a line). */
export const MAX_LIST_LINE = 240;

/** English a member would have to translate, and the bookkeeping and app words she may not know (docs/WORDS.md). */
const NOT_INDONESIAN = [
  /\b(?:the|and|your|you|please|sorry|sales?|expenses?|spending|profit|loss|report|preview|deadline|due|order|orders|file|files|cash|chart|refund|payment|reply|send|skip|help|stop|customer|items?|total owed|upload|download|update|link)\b/i,
  /\bpiutang\b/i, /\bs\.d\./i, /\bslot\b/i, /\bpratinjau\b/i, /\d+x\b/, /%/, /yang bersangkutan/i, /modal \+/i,
  /\bkuartal\b/i, /\bQ[1-4]\b/, /\bjatuh tempo\b/i, /\bpaling lambat\b/i,
  // One vocabulary: jualan and belanja (not penjualan/pengeluaran, not masuk/keluar as their names).
  /\bpenjualan\b/i, /\bpengeluaran\b/i, /^(?:masuk|keluar):/im, /: (?:masuk|keluar) Rp/i, /\bkas usaha\b/i,
];

/** Names the bot must never stack: "Bu Ibu Tin", "Bu Bu Tin", "Ibu Bu Tin". */
const DOUBLE_TITLE = /\b(?:Bu|Ibu) (?:Bu|Ibu)\b(?! ?[-–])/;

/** What to write next: an example or a command she can copy. */
const NEXT_STEP: Record<Language, RegExp> = {
  id: /misalnya|Misalnya|Contoh|contoh|[Kk]etik\b|[Tt]ulis\b|[Bb]alas\b|[Kk]irim \/|\/[a-z_]+/,
  en: /e\.g\.|E\.g\.|Example|[Tt]ype\b|[Ww]rite\b|[Rr]eply\b|[Ss]end \/|\/[a-z_]+/,
};

/** Every sentence the catalogue can say, with every sample: key → texts. */
export function renderAll(t: Catalogue): Rendered[] {
  const out: Rendered[] = [];
  for (const key of Object.keys(SAMPLES) as (keyof Catalogue)[]) {
    const value = t[key] as unknown;
    const samples = SAMPLES[key] as readonly (readonly unknown[])[] | null;
    if (typeof value === 'function') {
      if (!samples || samples.length === 0) throw new Error(`no samples for ${key}`);
      for (const args of samples) {
        const result = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof result === 'string') out.push({ key, text: result });
        else out.push(...flatten(key, result));
      }
    } else if (key in RECORD_SAMPLES) {
      const { notes, args } = RECORD_SAMPLES[key as keyof typeof RECORD_SAMPLES];
      const sentences = value as Record<string, (...a: unknown[]) => string>;
      for (const note of notes) for (const a of args) out.push({ key: `${key}.${note}`, text: sentences[note]!(...a) });
    } else if (typeof value === 'string') out.push({ key, text: value });
    else out.push(...flatten(key, value));
  }
  return out;
}

function flatten(key: string, value: unknown): Rendered[] {
  if (typeof value === 'string') return [{ key, text: value }];
  if (typeof value === 'function') {
    // The label functions of the files: an amount, a day, or a quarter's first and last day.
    const args = LABEL_ARGS[key.split('.').at(-1)!] ?? ['2026-10-01', '2026-12-31'];
    return [{ key, text: String((value as (...a: unknown[]) => unknown)(...args)) }];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(`${key}.${k}`, v));
}

/** Arguments of the label functions of charts and report files, by their name. */
const LABEL_ARGS: Record<string, readonly unknown[]> = {
  money: [125_750_000],
  amount: [1_250_000],
  date: [TODAY],
  day: [TODAY],
  provisional: [TODAY],
  comparison: [{ reporters: 12, members: 25, reported: 125_750_000, books: 98_600_000 }],
  reporterRow: [12],
  reported: [8, 12],
  times: [3],
  link: ['https://konsol.dampingi.id/masuk?t=8f3a9c2e7b1d', '482913', 10],
  code: ['482913', 10],
};

const topKey = (key: string): string => key.split('.')[0]!;

/** Problems of length: more than three lines or too many characters for a short reply; an overlong line in a list. */
export function lengthProblems(rows: readonly Rendered[]): string[] {
  const problems: string[] = [];
  for (const { key, text } of rows) {
    if (LABEL_KEYS.has(topKey(key))) continue;
    const lines = text.split('\n');
    if (LONG_KEYS.has(topKey(key))) {
      const long = lines.find((l) => l.length > MAX_LIST_LINE);
      if (long) problems.push(`${key}: a line of ${long.length} characters: ${long}`);
      if (text.length > 4096) problems.push(`${key}: ${text.length} characters, more than one message`);
      const own = lines.filter((l) => l.trim() && !LIST_ITEM.test(l));
      if (!RECAP_KEYS.has(topKey(key)) && own.length > MAX_LINES) problems.push(`${key}: ${own.length} lines around its list: ${text}`);
    } else {
      if (lines.length > MAX_LINES) problems.push(`${key}: ${lines.length} lines: ${text}`);
      if (text.length > MAX_CHARS) problems.push(`${key}: ${text.length} characters: ${text}`);
    }
  }
  return problems;
}

/** Quoted examples and commands are what she types (the parser's words), not the bot's. */
function spoken(text: string): string {
  return text.replace(/"[^"]*"/g, '""').replace(/“[^”]*”/g, '""').replace(/\/[a-z_]+(?: [^\s,.]+)*/g, '/cmd');
}

export function wordProblems(rows: readonly Rendered[]): string[] {
  const problems: string[] = [];
  for (const { key, text } of rows) {
    for (const bad of NOT_INDONESIAN) if (bad.test(spoken(text))) problems.push(`${key}: ${bad} in: ${text}`);
    if (DOUBLE_TITLE.test(text)) problems.push(`${key}: a doubled title in: ${text}`);
  }
  return problems;
}

/** A whole group chat is "Ibu-ibu": never the "Bu" said to one woman (a name after "Bu" is someone named). */
export function groupAddressProblems(rows: readonly Rendered[]): string[] {
  return rows.filter(({ text }) => /\bBu\b(?![ \u00a0]*\p{Lu})/u.test(spoken(text))).map(({ key, text }) => `${key}: "Bu" to a group in: ${text}`);
}

describe.each<Language>(['id', 'en'])('every %s sentence', (language) => {
  const rows = renderAll(repliesFor(language));

  it('is rendered, none empty', () => {
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.filter((r) => !r.text.trim()).map((r) => r.key)).toEqual([]);
    expect(rows.filter((r) => /undefined|null|NaN|\[object/.test(r.text)).map((r) => `${r.key}: ${r.text}`)).toEqual([]);
  });

  it(`keeps short replies within ${MAX_LINES} lines and ${MAX_CHARS} characters (recaps and lists: ${MAX_LIST_LINE} a line)`, () => {
    expect(lengthProblems(rows)).toEqual([]);
  });

  it('names a member "Bu …" once, never "Bu Ibu …"', () => {
    expect(rows.filter((r) => DOUBLE_TITLE.test(r.text)).map((r) => `${r.key}: ${r.text}`)).toEqual([]);
  });
});

describe('the Indonesian catalogue', () => {
  const t = repliesFor('id');
  const rows = renderAll(t);

  it('has no English, bookkeeping or app words, and one vocabulary', () => {
    expect(wordProblems(rows)).toEqual([]);
  });

  it('greets and names a member as "Bu Siti …", never by her bare name', () => {
    const personal = ['welcome', 'hello', 'salamBack', 'youAreWelcome', 'gotIt', 'nameSaved', 'nameChanged', 'reminderNudge', 'memberJoined', 'repaymentToConfirm'];
    for (const key of personal) {
      const texts = rows.filter((r) => r.key === key).map((r) => r.text);
      expect(texts.some((x) => x.includes(`Bu ${MEMBER}`)), key).toBe(true);
      expect(texts.some((x) => x.includes('Bu Tin Suryani')), key).toBe(true);
      expect(texts.every((x) => !x.includes(MEMBER_WITH_TITLE) && !/Bu Bu|Bu Ibu/.test(x)), key).toBe(true);
    }
    expect(t.weeklySummary({ ...SAMPLES.weeklySummary[0]![0] })).toContain(`Bu ${MEMBER}`);
    expect(t.hello('Ibu', null)).toBe('Halo, Bu 😊 Mau catat apa hari ini?');
  });

  it('speaks to a whole group chat as "Ibu-ibu", never "Bu"', () => {
    const toGroup = rows.filter((r) => r.key === 'reminderDigest' || r.key === 'leadBroadcast' || r.key === 'linked' || r.key === 'chatNotLinked');
    const groupReminders = SAMPLES.reminderRepayment
      .filter(([a]) => a.reader === 'group_chat')
      .map(([a]) => ({ key: 'reminderRepayment', text: t.reminderRepayment(a) }));
    expect(groupAddressProblems([...toGroup, ...groupReminders])).toEqual([]);
    expect(groupReminders.filter((r) => /Ibu-ibu/.test(r.text)).length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.key === 'reminderDigest').every((r) => r.text.includes('Ibu-ibu'))).toBe(true);
  });

  it('says the quarter one way: "triwulan 4 (Okt–Des 2026)"', () => {
    const quarterly = rows.filter((r) => /^(?:quarterlyReport|reminderQuarterly)/.test(r.key) && r.key !== 'quarterlyReportUsage');
    expect(quarterly.length).toBeGreaterThan(4);
    for (const r of quarterly) expect(r.text, r.key).toContain('triwulan 4 (Okt–Des 2026)');
  });

  it('says a sale and an expense the same way in replies, recaps and charts', () => {
    const labels = t.chartLabels({ period: 'week', from: '2026-11-30', to: '2026-12-06', today: TODAY });
    expect([labels.sales, labels.expenses]).toEqual(['Jualan', 'Belanja']);
    expect([t.kindChoice.sale.value, t.kindChoice.expense.value]).toEqual(['jualan', 'belanja']);
    const recap = t.recap(SAMPLES.recap[0]![0], TODAY);
    expect(recap).toContain('Jualan: Rp125.750.000');
    expect(recap).toContain('Belanja: Rp98.600.000');
    expect(recap).toContain('Uang usaha sampai hari ini: Rp30.950.000');
  });

  it('shows what a lead was, and says "Batas menjawab"', () => {
    for (const key of ['leadAnswered', 'leadDeclined', 'leadClosedForAnswerer', 'leadAwarded', 'leadTally']) {
      for (const r of rows.filter((x) => x.key === key)) expect(r.text, key).toContain('"Wisuda IAIN Syekh Nurjati Cirebon 12 De…" (P12)');
    }
    const lead = rows.find((r) => r.key === 'leadBroadcast')!.text;
    expect(lead).toContain('Batas menjawab: Kamis, 10 Des');
  });

  it('tells a voice note plainly that the bot cannot listen, and never puts a microphone on a photo', () => {
    expect(t.mediaForwarded('voice')).toMatch(/belum bisa mendengar pesan suara\. Tolong tulis/);
    expect(t.mediaKeptNoFacilitator('voice')).toMatch(/belum bisa mendengar/);
    for (const r of rows.filter((x) => x.key === 'mediaForFacilitator' && x.text.includes('foto'))) expect(r.text).not.toContain('🎙️');
  });

  it('never writes "pesanan pesanan" or "pesanan (pesanan)"', () => {
    expect(rows.filter((r) => /pesanan \(?pesanan/i.test(r.text)).map((r) => r.text)).toEqual([]);
  });
});

describe.each<Language>(['id', 'en'])('what to do next, in %s', (language) => {
  const t = repliesFor(language);

  it.each(DOMAIN_ERROR_CODES)('refusal %s has its own sentence naming one thing to write', (code) => {
    const sentence = t.refusals[code];
    expect(sentence, code).toMatch(NEXT_STEP[language]);
    expect(DOMAIN_ERROR_CODES.filter((c) => c !== code && t.refusals[c] === sentence)).toEqual([]);
  });

  it('every other refusal and "not understood" names one thing to write', () => {
    const texts: [string, string][] = [
      ['notUnderstood', t.notUnderstood],
      ['noOpenLead', t.noOpenLead],
      ['nothingToUndo', t.nothingToUndo],
      ['nothingToCorrect', t.nothingToCorrect],
      ['correctionUnsure', t.correctionUnsure],
      ['undoUnsure', t.undoUnsure],
      ['priceNoGroup', t.priceNoGroup],
      ['noGroupsYet', t.noGroupsYet],
      ['deleteNotFound', t.deleteNotFound(9)],
      ['editTooOld', t.editTooOld('2025-01-02', TODAY)],
      ...LINK_REFUSALS.map((r): [string, string] => [`linkRefused.${r.reason}`, t.linkRefused(r)]),
      ...FORM_ERRORS.map((e): [string, string] => [`leadFormError.${e}`, t.leadFormError(e, [], ['asesoris'])]),
      ...NAME_PROBLEMS.map((p): [string, string] => [`nameProblem.${p}`, t.nameProblem(p)]),
      ...NOT_RECORDED_NOTES.map((n): [string, string] => [`moneyNotRecorded.${n}`, t.moneyNotRecorded[n]]),
      ...(['voice', 'audio', 'photo'] as const).flatMap((k): [string, string][] => [
        [`mediaForwarded.${k}`, t.mediaForwarded(k)],
        [`mediaKeptNoFacilitator.${k}`, t.mediaKeptNoFacilitator(k)],
      ]),
    ];
    expect(texts.filter(([, text]) => !NEXT_STEP[language].test(text)).map(([key]) => key)).toEqual([]);
  });

  it('tells a member with a personal and a group loan where each is paid', () => {
    const text = t.repaymentWhichLoan([null, 'Melati']);
    expect(text).toMatch(language === 'id' ? /pribadi: di chat ini.*bayar cicilan pribadi 300rb/s : /Personal loan: in this chat.*bayar cicilan pribadi 300rb/s);
    expect(text).toMatch(language === 'id' ? /kelompok Melati: di grup chat kelompok Melati/ : /group Melati: in the Melati group chat/);
  });
});

describe('the two catalogues', () => {
  it('have the same keys, down to the records inside them', () => {
    const leaves = (value: unknown, key: string): string[] =>
      value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => leaves(v, `${key}.${k}`)) : [key];
    const keys = (t: Catalogue) => leaves(t, '').sort();
    const plain = (t: Catalogue) => Object.keys(t).sort();
    expect(plain(repliesFor('en'))).toEqual(plain(repliesFor('id')));
    expect(keys(repliesFor('en'))).toEqual(keys(repliesFor('id')));
    expect(Object.keys(SAMPLES).sort()).toEqual(plain(repliesFor('id')));
  });
});

describe('the address rule (format.ts address)', () => {
  it.each([
    ['Ani', 'Bu Ani'],
    ['Ibu Ani', 'Bu Ani'],
    ['ibu  ani', 'Bu ani'],
    ['Bu Ani', 'Bu Ani'],
    ['Bu. Ani', 'Bu Ani'],
    ['Pak Budi', 'Pak Budi'],
    ['Ibu', 'Bu'],
    ['', 'Bu'],
    ['Ibuk Sari', 'Bu Ibuk Sari'],
  ])('%j → %j', (name, said) => {
    expect(address({ person: name }, 'id')).toBe(said === 'Bu Ibuk Sari' ? 'Bu Ibuk Sari' : said);
  });

  it('says "Ibu-ibu" to a group and the plain name in English', () => {
    expect(address('group', 'id')).toBe('Ibu-ibu');
    expect(address({ person: 'Ani' }, 'en')).toBe('Ani');
    expect(address({ person: 'Ibu' }, 'en')).toBe('');
  });
});

describe('the checks themselves fail on bad sentences', () => {
  it('length', () => {
    expect(lengthProblems([{ key: 'notUnderstood', text: 'a\nb\nc\nd' }])).toHaveLength(1);
    expect(lengthProblems([{ key: 'notUnderstood', text: 'x'.repeat(MAX_CHARS + 1) }])).toHaveLength(1);
    expect(lengthProblems([{ key: 'recap', text: `a\nb\nc\nd\n${'x'.repeat(MAX_LIST_LINE + 1)}` }])).toHaveLength(1);
    expect(lengthProblems([{ key: 'recap', text: 'a\nb\nc\nd\ne' }])).toEqual([]);
    // A confirmation around a list: its items and its day do not count, its own lines do.
    expect(lengthProblems([{ key: 'creditRecorded', text: '✅ a\n• b\n• c\n📅 d\n📒 e\nf' }])).toEqual([]);
    expect(lengthProblems([{ key: 'creditRecorded', text: '✅ a\n📒 b\nc\nd' }])).toHaveLength(1);
  });

  it('words', () => {
    for (const bad of ['Total piutang: Rp5.000', 'Kas usaha s.d. 5 Des', 'Pratinjau:', 'Tepat waktu 3x', 'naik (+12%)', 'slot pameran', 'Please tulis', 'Penjualan: Rp5.000', 'Hari ini: masuk Rp5.000', 'kuartal Q4', 'jatuh tempo besok', 'Bu Ibu Ani', 'Bu Bu Ani']) {
      expect(wordProblems([{ key: 'x', text: bad }]), bad).not.toEqual([]);
    }
    expect(wordProblems([{ key: 'x', text: 'Tulis misalnya "sold 3 bros", atau ketik /ekspor Melati.' }])).toEqual([]);
  });

  it('group address', () => {
    expect(groupAddressProblems([{ key: 'x', text: 'Jangan lupa setor ya, Bu.' }])).toHaveLength(1);
    expect(groupAddressProblems([{ key: 'x', text: 'Jangan lupa setor ya, Ibu-ibu. Cicilan Bu Ani.' }])).toEqual([]);
  });

  it('what to do next', () => {
    expect(NEXT_STEP.id.test('Maaf, peluang itu sudah ditutup.')).toBe(false);
    expect(NEXT_STEP.en.test('That lead is already closed.')).toBe(false);
  });
});
