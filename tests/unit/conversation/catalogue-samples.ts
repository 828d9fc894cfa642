/**
 * Realistic arguments for every sentence of the reply catalogue: long names, big amounts,
 * a name already written with "Ibu", another year's dates. The mapped type makes a new
 * catalogue key a compile error here until it has samples, so the catalogue test
 * (catalogue-words.test.ts) renders every sentence the bot can send.
 */
import type { Catalogue, LeadView, OrderView } from '../../../src/conversation/replies/catalogue.ts';
import { DETAIL_NOTES, DOUBT_NOTES, NOT_RECORDED_NOTES, UNKNOWN_MONEY_NOTES, type DoubtArgs } from '../../../src/conversation/replies/catalogue.ts';
import { buildGroupRecap } from '../../../src/modules/group-recap/group-recap.ts';
import type { Member } from '../../../src/modules/groups/groups.ts';
import type { DeliveryStats } from '../../../src/modules/leads/leads.repository.ts';
import type { Lead, Reach, Tally } from '../../../src/modules/leads/leads.service.ts';
import type { LoanStatus } from '../../../src/modules/loans/loans.service.ts';
import type { DayTotals, Entry, NewEntry, Recap } from '../../../src/modules/ledger/ledger.ts';
import type { LinkEffect, LinkRefusal } from '../../../src/modules/orders/entry-links.ts';
import type { Order } from '../../../src/modules/orders/orders.ts';
import type { WeeklySummary } from '../../../src/modules/summaries/summaries.ts';

/** Argument lists for each function of the catalogue; null for plain strings and records. */
export type Samples = {
  [K in keyof Catalogue]: Catalogue[K] extends (...args: infer A) => unknown ? readonly (A | Readonly<A>)[] : null;
};

export const TODAY = '2026-12-05';
const YESTERDAY = '2026-12-04';
const LAST_YEAR = '2025-12-30';

/** A member's name as stored, long; one already written with "Ibu"; one never told. */
export const MEMBER = 'Siti Nurhaliza Rahmawati';
export const MEMBER_WITH_TITLE = 'Ibu Tin Suryani';
export const UNNAMED = 'Ibu';
const NAMES = [MEMBER, MEMBER_WITH_TITLE, UNNAMED] as const;
const FACILITATOR = 'Rina Wulandari Kusumawati';
const GROUP = 'KUB Melati Jaya Sejahtera Desa Sukamaju';
const CUSTOMER = 'Bu Sri Wahyuningsih';
const BIG = 125_750_000;

const sale: NewEntry = { kind: 'sale', amount: 1_080_000, item: 'kerudung bordir motif bunga', quantity: 12, unit: 'lembar', unitPrice: 90_000 };
const expense: NewEntry = { kind: 'expense', amount: 2_450_000, item: 'benang sulam dan kain katun', quantity: null, unit: null, unitPrice: null };
const withdrawal: NewEntry = { kind: 'withdrawal', amount: 350_000, item: 'uang sekolah anak', quantity: null, unit: null, unitPrice: null };
const capital: NewEntry = { kind: 'capital', amount: 5_000_000, item: null, quantity: null, unit: null, unitPrice: null };
const saleReturn: NewEntry = { kind: 'sale', amount: -90_000, item: 'mukena', quantity: 1, unit: null, unitPrice: 90_000 };
const asEntry = (e: NewEntry, id: number, date = TODAY): Entry => ({ ...e, id, personId: 7, businessDate: date });
const ONE: readonly NewEntry[] = [sale];
const MANY: readonly NewEntry[] = [sale, expense, withdrawal, capital, saleReturn];
const ENTRY = asEntry(sale, 1);
/** A message of several days: each entry carries its own day. */
const DAYS: readonly NewEntry[] = MANY.map((e, i) => ({ ...e, date: i % 2 ? YESTERDAY : TODAY }));
const ENTRIES: readonly Entry[] = MANY.map((e, i) => asEntry(e, i + 1, i % 2 ? YESTERDAY : TODAY));
const TOTALS: DayTotals = { sales: BIG, expenses: 48_300_000, withdrawals: 350_000 };

const recap = (period: Recap['period'], from: string, to: string, full: boolean): Recap => ({
  period,
  from,
  to,
  sales: BIG,
  expenses: 98_600_000,
  profit: 27_150_000,
  withdrawals: full ? 1_200_000 : 0,
  capital: full ? 5_000_000 : 0,
  cash: 30_950_000,
  capitalToDate: full ? 5_000_000 : 0,
  withdrawalsToDate: full ? 1_200_000 : 0,
  entries: full ? 1_234 : 0,
  daysRecorded: 27,
  returns: full ? 90_000 : 0,
  topItems: full ? [{ item: 'kerudung bordir motif bunga', amount: 45_000_000 }, { item: 'mukena', amount: 12_000_000 }] : [],
});
const RECAPS: readonly Recap[] = [recap('month', '2026-12-01', '2026-12-31', true), recap('week', '2026-11-23', '2026-11-29', true), recap('day', TODAY, TODAY, false)];

const order = (item: string | null, dueDate: string | null): Order => ({
  id: 3,
  personId: 7,
  customer: CUSTOMER,
  customerKey: 'sri wahyuningsih',
  item,
  quantity: item ? 200 : null,
  unit: item ? 'lembar' : null,
  unitPrice: item ? 85_000 : null,
  total: 17_000_000,
  paid: 8_500_000,
  orderDate: TODAY,
  dueDate,
  status: 'open',
});
const ORDER = order('kerudung bordir', '2026-12-15');
const BARE_ORDER = order(null, null);
const ORDERS: readonly OrderView[] = [ORDER, BARE_ORDER];

const LEAD: Lead = {
  id: 12,
  code: 'P12',
  facilitatorId: 1,
  text: 'Wisuda IAIN Syekh Nurjati Cirebon 12 Des, butuh 200 bros mutiara dan 50 kerudung',
  trades: ['asesoris', 'sulaman-bordir'],
  target: {},
  deadline: '2026-12-10',
  quantityWanted: 250,
  downPaymentPercent: 30,
  status: 'open',
  timeZone: 'Asia/Jakarta',
  createdAt: new Date('2026-12-01T03:00:00Z'),
};
const HALF_LEAD: LeadView = { ...LEAD, downPaymentPercent: 50 };
const TALLY: Tally = {
  responses: [
    { personId: 7, name: MEMBER, quantity: 120, awardedQuantity: 100 },
    { personId: 8, name: MEMBER_WITH_TITLE, quantity: null, awardedQuantity: null },
  ],
  people: 2,
  quantity: 120,
  declines: [{ personId: 9, name: 'Dewi Lestari' }],
};
const REACH: Reach = { groups: 14, groupChats: 12, people: 187, membersWithoutChat: 0, groupsWithoutChat: [] };
const STATS: DeliveryStats = { groupChats: 12, people: 187, queued: 3, sent: 190, failed: 6 };

const status = (paidOff: boolean): LoanStatus =>
  ({
    asOf: TODAY,
    instalments: [{ number: 4, paid: 200_000 }],
    arrears: 1_766_000,
    streak: 3,
    nextDue: paidOff ? null : { number: 4, dueDate: '2026-12-20', amount: 683_000 },
    rewardStreak: 3,
    eligible: true,
    totals: { paid: 7_066_000, total: 10_600_000, credit: 15_000 },
    awaitingConfirmation: 883_000,
  }) as unknown as LoanStatus;

const MEMBERS: readonly Member[] = [
  { personId: 7, name: MEMBER, phone: null, role: 'ketua', status: 'active' },
  { personId: 8, name: MEMBER_WITH_TITLE, phone: null, role: 'anggota', status: 'pending' },
];
const GROUP_RECAP = buildGroupRecap({ id: 3, name: GROUP }, 'month', { from: '2026-12-01', to: '2026-12-31' }, [
  { personId: 7, name: MEMBER, daysRecorded: 21, sales: BIG, expenses: 98_600_000, profit: 27_150_000 },
  { personId: 8, name: MEMBER_WITH_TITLE, daysRecorded: 3, sales: 450_000, expenses: 900_000, profit: -450_000 },
  { personId: 9, name: 'Dewi Lestari', daysRecorded: 0, sales: 0, expenses: 0, profit: 0 },
]);
const WEEKLY: WeeklySummary = {
  name: MEMBER,
  week: { from: '2026-11-30', to: '2026-12-06', sales: BIG, expenses: 98_600_000, profit: 27_150_000, entries: 40, daysRecorded: 6 },
  lastWeek: { from: '2026-11-23', to: '2026-11-29', sales: 100_000_000, expenses: 80_000_000, profit: 20_000_000, entries: 35, daysRecorded: 5 },
  sales: { difference: 25_750_000, percent: 26 },
  profit: { difference: 7_150_000, percent: 36 },
  best: { item: 'kerudung bordir motif bunga', amount: 45_000_000 },
};
const EFFECTS: readonly LinkEffect[] = [
  { kind: 'order_payment_removed', order: ORDER, amount: 8_500_000 },
  { kind: 'order_cancelled', order: BARE_ORDER },
  { kind: 'order_payment_changed', order: ORDER, from: 8_500_000, to: 5_000_000 },
  { kind: 'credit_cancelled', customer: CUSTOMER, amount: 270_000 },
  { kind: 'credit_changed', customer: CUSTOMER, from: 270_000, to: 180_000, owed: 0 },
];
export const LINK_REFUSALS: readonly LinkRefusal[] = [
  { reason: 'credit_collected', customer: CUSTOMER, amount: 270_000, collected: 100_000 },
  { reason: 'credit_below_collected', customer: CUSTOMER, collected: 100_000, wanted: 50_000 },
  { reason: 'order_too_much', customer: CUSTOMER, most: 8_500_000, wanted: 9_000_000 },
  { reason: 'linked_shape', customer: CUSTOMER },
];
export const FORM_ERRORS = ['no_colon', 'no_trade', 'no_text', 'too_long'] as const;
export const NAME_PROBLEMS = ['empty', 'too_long', 'digits_only', 'link', 'symbols'] as const;
const TRADES = ['asesoris', 'sulaman-bordir', 'makanan-ringan', 'kuliner', 'sembako'];
const GROUPS = [GROUP, 'Mawar Indah', 'Anggrek Putih Sejahtera'];
const ONE_GROUP = [GROUP];
const dated = <T extends object>(args: T) => [
  { ...args, date: TODAY, today: TODAY },
  { ...args, date: YESTERDAY, today: TODAY },
  { ...args, date: LAST_YEAR, today: TODAY },
];

/** The guess a doubt or detail question shows, to a named member and to one whose name is not known. */
const doubts: readonly DoubtArgs[] = [
  { entries: ONE, date: TODAY, today: TODAY, name: MEMBER },
  { entries: MANY.slice(0, 2), date: YESTERDAY, today: TODAY, name: MEMBER_WITH_TITLE },
  { entries: ONE, date: LAST_YEAR, today: TODAY, name: UNNAMED },
  { entries: DAYS, date: TODAY, today: TODAY, name: MEMBER },
];

/** Records of sentences (a function per note): their arguments. */
export const RECORD_SAMPLES = {
  // A detail question may weigh two readings of one line (a face value): two entries.
  askDetail: { notes: DETAIL_NOTES, args: doubts.map((a) => [{ ...a, entries: [sale, { ...sale, amount: 1_100_000 }] }] as const) },
  moneyTalk: { notes: UNKNOWN_MONEY_NOTES, args: NAMES.map((n) => [n] as const) },
} as const;

export const SAMPLES: Samples = {
  welcome: NAMES.map((n) => [n] as const),
  recorded: dated({ entries: ENTRIES.slice(0, 1), totals: TOTALS }).map((a) => [a] as const),
  recordedDays: [[{ entries: ENTRIES, today: TODAY }], [{ entries: ENTRIES.slice(0, 2), today: TODAY }]],
  recordedAsUsual: [['sale'], ['expense']],
  askConfirm: [...dated({ entries: ONE }), { entries: MANY, date: TODAY, today: TODAY, mismatch: true }, { entries: DAYS, date: TODAY, today: TODAY }].map((a) => [a] as const),
  askDoubt: DOUBT_NOTES.flatMap((note) => doubts.map((a) => [note, a] as const)),
  askDetail: null,
  todayButton: null,
  moneyTalk: null,
  askConfirmCredit: [
    ...dated({ entries: ONE, customer: CUSTOMER }).map((a) => [a] as const),
    [{ entries: ENTRIES.slice(0, 2), date: TODAY, today: TODAY, customer: CUSTOMER, debts: [{ customer: CUSTOMER, amount: 45_000 }, { customer: 'Pak Budi', amount: 30_000 }] }],
  ],
  yes: null,
  no: null,
  declined: null,
  undone: [[{ entries: ENTRIES.slice(0, 1), today: TODAY, totals: TOTALS }], [{ entries: ENTRIES.slice(0, 2), today: TODAY, totals: TOTALS }]],
  nothingToUndo: null,
  revokedVoided: [[ENTRIES.slice(0, 1)], [ENTRIES]],
  revokedVoidedFor: [[MEMBER, ENTRIES.slice(0, 1)], [MEMBER_WITH_TITLE, ENTRIES]],
  revokedToldMember: [[FACILITATOR, ENTRIES.slice(0, 1)], [FACILITATOR, ENTRIES]],
  recap: RECAPS.map((r) => [r, TODAY] as const),
  help: null,
  notUnderstood: null,
  hello: NAMES.flatMap((n) => [[n, null] as const, [n, 'pagi'] as const]),
  salamBack: NAMES.map((n) => [n] as const),
  youAreWelcome: NAMES.map((n) => [n] as const),
  gotIt: NAMES.map((n) => [n] as const),
  questionExpired: (['yes', 'no'] as const).flatMap((answer) => dated({ entries: MANY, answer })).map((a) => [a] as const),
  questionOvertaken: (['yes', 'no'] as const).flatMap((answer) => dated({ entries: ONE, answer })).map((a) => [a] as const),
  noOpenQuestion: [['yes'], ['no']],
  moneyNotRecorded: null,
  noOpenLead: null,
  consoleLogin: null,
  repaymentAskAmount: null,
  askRepayment: [[BIG]],
  repaymentDeclined: null,
  repaymentQuestionExpired: [[883_000]],
  askSetor: [[883_000]],
  repaymentNoLoan: null,
  repaymentWhichLoan: [[[null, GROUP]], [[GROUP, 'Mawar Indah']]],
  repaymentRecorded: [[{ amount: 883_000, label: GROUP, status: status(false) }], [{ amount: 883_000, label: null, status: status(true) }]],
  repaymentReported: [[{ amount: 883_000, label: GROUP }], [{ amount: 883_000, label: null }]],
  repaymentToConfirm: NAMES.map((payer) => [{ payer, amount: 883_000, label: GROUP, paymentId: 12345 }] as const),
  confirmWord: null,
  confirmUsage: null,
  alreadyConfirmed: null,
  paymentConfirmedForPayer: [[{ amount: 883_000, label: GROUP }]],
  loanStanding: [[{ label: GROUP, status: status(false) }], [{ label: null, status: status(true) }]],
  optedOut: null,
  optedIn: null,
  joinUsage: null,
  joinInPrivate: null,
  joined: [[GROUP]],
  alreadyMember: [[GROUP]],
  askName: null,
  nameSaved: NAMES.map((n) => [n] as const),
  askNameAgain: null,
  nameSkipped: null,
  nameChanged: NAMES.map((n) => [n] as const),
  askPhone: null,
  askPhoneButton: null,
  phoneKnown: null,
  phoneSaved: null,
  phoneMerged: NAMES.map((n) => [n] as const),
  phoneMergedStaff: NAMES.map((n) => [n] as const),
  phoneTaken: null,
  phoneInvalid: null,
  nameProblem: NAME_PROBLEMS.map((p) => [p] as const),
  renameUsage: null,
  renameMemberUsage: null,
  memberRenamed: [[MEMBER, 'Siti Aminah Rahmawati']],
  renamedByFacilitator: [[MEMBER]],
  memberJoined: NAMES.map((n) => [n, GROUP] as const),
  linkUsage: null,
  linkInGroup: null,
  linked: [[GROUP]],
  codeLocked: [[{ minutes: 15, minuteOfDay: 14 * 60 + 5 }]],
  linkTakeoverRefused: [[{ current: GROUP, wanted: 'Mawar Indah', currentFacilitator: FACILITATOR }]],
  linkTakeoverTried: [[{ by: FACILITATOR, current: GROUP, wanted: 'Mawar Indah' }]],
  chatNotLinked: null,
  pendingMember: [[MEMBER, GROUP]],
  noGroupsYet: null,
  whichGroup: [[GROUPS]],
  roleUsage: null,
  roleSet: [[MEMBER, 'bendahara']],
  memberNotFound: [[MEMBER]],
  memberAmbiguous: [['Siti']],
  memberList: [[GROUP, MEMBERS], [GROUP, []]],
  notRecorded: [[GROUP, [MEMBER, MEMBER_WITH_TITLE]], [GROUP, []]],
  leadInPrivate: null,
  leadFormError: FORM_ERRORS.flatMap((e) => [[e, [], TRADES] as const, [e, ['batik'], TRADES] as const]),
  leadAskTrades: [[TRADES]],
  leadAskText: null,
  leadAskDeadline: null,
  leadAskQuantity: null,
  leadAskDownPayment: null,
  leadCancelled: null,
  leadConfirmAgain: null,
  leadSendWord: null,
  leadPreview: [[LEAD, REACH]],
  leadBroadcast: [[LEAD], [HALF_LEAD]],
  leadSent: [['P12', REACH]],
  leadWhich: [[['P12', 'P13', 'P14']]],
  leadAnswered: [[LEAD, null], [LEAD, 120]],
  leadTally: [[LEAD, MEMBER, 120, TALLY], [LEAD, MEMBER_WITH_TITLE, null, TALLY]],
  leadWhichDecline: [[['P12', 'P13']]],
  leadDeclined: [[LEAD]],
  leadDeclineHow: [[LEAD]],
  leadDeclineKeepsInterest: [[LEAD, 120], [LEAD, null]],
  leadDeclineTally: [[LEAD, MEMBER, TALLY]],
  leadDetails: [[LEAD, TALLY, STATS]],
  leadList: [[[{ lead: LEAD, tally: TALLY }, { lead: { ...LEAD, code: 'P13', status: 'closed' }, tally: TALLY }]], [[]]],
  leadCloseUsage: null,
  leadClosedForOwner: [[LEAD, TALLY]],
  leadClosedForAnswerer: [[LEAD]],
  leadAwardUsage: null,
  leadNotResponder: [[MEMBER, 'P12']],
  leadAwarded: [[LEAD, 100]],
  leadAwardDone: [[MEMBER, LEAD, 100]],
  reminderRepayment: (['group_chat', 'treasurer', 'borrower', 'facilitator'] as const).flatMap((reader) =>
    [{ group: GROUP }, { member: MEMBER }, { member: MEMBER_WITH_TITLE }, null].flatMap((borrower) =>
      [3, 1, 0, -12].map((days) => [{ reader, borrower, number: 4, dueDate: '2026-12-08', days, amount: 883_000 }] as const),
    ),
  ),
  reminderNudge: NAMES.map((n) => [n] as const),
  reminderDigest: [
    [{ group: GROUP, from: '2026-11-30', to: '2026-12-06', members: 25, recorded: 18, sales: BIG, expenses: 98_600_000 }],
    [{ group: GROUP, from: '2026-11-30', to: '2026-12-06', members: 25, recorded: 0, sales: 0, expenses: 0 }],
  ],
  reminderQuarterly: [
    [{ name: MEMBER, from: '2026-10-01', to: '2026-12-31', turnover: BIG }],
    [{ name: MEMBER_WITH_TITLE, from: '2026-10-01', to: '2026-12-31', turnover: 0 }],
  ],
  quarterlyReportSaved: [
    [{ from: '2026-10-01', to: '2026-12-31', assets: 15_000_000, turnoverReported: BIG, turnoverFromBooks: 120_000_000, employees: 2 }],
    [{ from: '2026-10-01', to: '2026-12-31', assets: null, turnoverReported: null, turnoverFromBooks: 120_000_000, employees: null }],
  ],
  chartLabels: [
    [{ period: 'week', from: '2026-11-30', to: '2026-12-06', today: TODAY }],
    [{ period: 'month', from: '2025-11-01', to: '2025-11-30', today: TODAY }],
  ],
  chartCaption: RECAPS.slice(0, 2).map((r) => [r, TODAY] as const),
  chartEmpty: [['week', TODAY, { from: '2026-11-30', to: '2026-12-06' }], ['month', TODAY, { from: '2026-10-01', to: '2026-10-31' }]],
  askAmountFor: [['kerudung bordir motif bunga'], [null]],
  askPriced: [...dated({ entries: ONE, source: 'own' as const }), { entries: ONE, date: TODAY, today: TODAY, source: 'group' as const, group: GROUP }].map((a) => [a] as const),
  priceDeclined: [['kerudung bordir'], [null]],
  editTooOld: [[LAST_YEAR, TODAY]],
  corrected: [
    [{ old: ONE, new: [{ ...sale, quantity: 10, amount: 900_000 }], date: TODAY, today: TODAY, totals: TOTALS }],
    [{ old: MANY.slice(0, 2), new: MANY.slice(2, 4), date: YESTERDAY, today: TODAY, totals: TOTALS }],
  ],
  nothingToCorrect: null,
  correctionUsage: null,
  correctionWhich: [[ENTRIES.map((entry, i) => ({ number: i + 1, entry })), TODAY]],
  entryList: [[ENTRIES, TODAY], [[], TODAY]],
  deleted: [[{ entry: ENTRY, today: TODAY, totals: TOTALS }], [{ entry: asEntry(expense, 2, YESTERDAY), today: TODAY, totals: TOTALS }]],
  deleteNotFound: [[17]],
  listFirst: [[3]],
  listedGone: [[3]],
  deleteAllAsk: dated({ entries: ENTRIES }).map((a) => [a] as const),
  deleteAllNone: [[TODAY, TODAY], [YESTERDAY, TODAY]],
  deletedAll: dated({ entries: ENTRIES, totals: TOTALS }).map((a) => [a] as const),
  deleteAllKept: null,
  askKind: dated({ entries: [{ ...sale, kind: 'sale' as const }] }).map((a) => [a] as const),
  kindQuestionExpired: (['yes', 'no'] as const).flatMap((answer) => dated({ entries: ONE, answer })).map((a) => [a] as const),
  kindChoice: null,
  moved: [[{ entries: ENTRIES.slice(0, 2), from: TODAY, to: YESTERDAY, today: TODAY, totalsFrom: TOTALS, totalsTo: TOTALS }]],
  movedAlready: [[TODAY, TODAY], [YESTERDAY, TODAY]],
  kindAlready: [['sale'], ['expense'], ['withdrawal'], ['capital']],
  correctionNotThatKind: [['sale'], ['expense']],
  correctionMismatch: [[{ named: 4_000, money: true, entries: ENTRIES.slice(0, 2) }], [{ named: 4, money: false, entries: ENTRIES.slice(0, 1) }]],
  correctionOtherItem: [[{ number: 2, entry: ENTRY, item: 'kerudung' }], [{ number: null, entry: ENTRY, item: 'kerudung' }]],
  correctionAskOtherItem: [[{ number: 2, old: ENTRY, new: [{ ...sale, item: 'mukena' }] }]],
  correctionKept: null,
  correctionUnsure: null,
  undoUnsure: null,
  priceSet: [[{ group: GROUP, item: 'emping melinjo', unitPrice: 80_000, unit: 'kg' }]],
  priceList: [[GROUP, [{ item: 'emping melinjo', unitPrice: 80_000, unit: 'kg' }, { item: 'bros', unitPrice: 15_000, unit: null }]], [GROUP, []]],
  priceInGroupChat: [[GROUPS]],
  priceNoGroup: null,
  floodNotice: null,
  setAsideNotice: null,
  orderTaken: [[{ order: ORDER, today: TODAY }], [{ order: { ...BARE_ORDER, paid: 17_000_000 }, today: TODAY }], [{ order: { ...ORDER, paid: 0, orderDate: YESTERDAY }, today: TODAY }]],
  orderAskDetails: null,
  orderAskCustomer: null,
  orderNotTaken: [['pesanan 10 kerudung @85rb, DP 425rb']],
  orderPaymentRecorded: [
    [{ customer: CUSTOMER, paid: 8_500_000, orders: [ORDER], today: TODAY }],
    [{ customer: CUSTOMER, paid: 9_000_000, orders: ORDERS, applied: [{ order: ORDER, amount: 9_000_000 }], today: TODAY }],
  ],
  paymentTooMuch: [[{ customer: CUSTOMER, paying: 9_000_000, owed: 8_500_000 }]],
  nothingOpenFor: [[CUSTOMER]],
  askPayment: [[CUSTOMER, BIG]],
  paymentDeclined: null,
  paymentQuestionExpired: [[CUSTOMER, 883_000]],
  customerWhich: [['Sri', [CUSTOMER, 'Sri Mulyani']]],
  paymentAskAmount: [[CUSTOMER]],
  orderList: [[ORDERS, TODAY], [[], TODAY]],
  creditRecorded: [
    ...dated({ customer: CUSTOMER, amount: 270_000, owed: 1_270_000, entries: ENTRIES.slice(0, 1) }).map((a) => [a] as const),
    [{ customer: CUSTOMER, amount: 45_000, owed: 45_000, entries: ENTRIES.slice(0, 2), date: TODAY, today: TODAY,
      debts: [{ customer: CUSTOMER, amount: 45_000, owed: 45_000 }, { customer: 'Pak Budi', amount: 30_000, owed: 75_000 }] }],
  ],
  creditAskClearer: null,
  creditCollected: [[{ customer: CUSTOMER, paid: 100_000, owed: 170_000 }], [{ customer: CUSTOMER, paid: 170_000, owed: 0 }]],
  receivableList: [
    [{ customers: [{ customer: CUSTOMER, owed: 1_270_000, since: '2026-11-02' }, { customer: 'Pak Budi', owed: 45_000, since: YESTERDAY }], total: 1_315_000, today: TODAY }],
    [{ customers: [], total: 0, today: TODAY }],
  ],
  onBehalfRecorded: dated({ member: MEMBER, entries: ENTRIES.slice(0, 1), credit: CUSTOMER }).map((a) => [a] as const),
  onBehalfToldMember: dated({ facilitator: FACILITATOR, entries: ENTRIES.slice(0, 1), credit: CUSTOMER }).map((a) => [a] as const),
  onBehalfWhich: [['Siti', [MEMBER, 'Siti Aminah']]],
  onBehalfUsage: null,
  onBehalfOnlyRecords: [[MEMBER]],
  onBehalfAskClearer: [[MEMBER]],
  onBehalfNotAllowed: [[MEMBER]],
  onBehalfAskWho: [[MEMBER, 'laku 5 bros @15rb']],
  onBehalfAskName: [['Etek', 'laku 8 bungkuih 80rb']],
  mediaForFacilitator: (['voice', 'audio', 'photo'] as const).flatMap((kind) => [
    [{ member: MEMBER, kind, caption: 'laku bros 5', attached: true }] as const,
    [{ member: MEMBER_WITH_TITLE, kind, caption: null, attached: false }] as const,
  ]),
  mediaForwarded: [['voice'], ['audio'], ['photo']],
  mediaKeptNoFacilitator: [['voice'], ['audio'], ['photo']],
  reminderOrderDue: [[{ order: ORDER, days: 1 }], [{ order: BARE_ORDER, days: 0 }], [{ order: { ...ORDER, paid: 17_000_000 }, days: 3 }]],
  whatsappRestricted: [[{ until: { date: '2026-12-07', minuteOfDay: 9 * 60 + 30 }, today: TODAY }], [{ until: null, today: TODAY }]],
  whatsappRestrictionLifted: null,
  whatsappStopped: null,
  heldMessageInGroup: NAMES.map((n) => [n] as const),
  heldMessageNoGroupChat: NAMES.map((n) => [n] as const),
  linkEffects: [[EFFECTS, TODAY]],
  linkRefused: LINK_REFUSALS.map((r) => [r] as const),
  weeklySummary: [[WEEKLY], [{ ...WEEKLY, lastWeek: { ...WEEKLY.lastWeek, entries: 0 }, best: null }]],
  groupRecap: [[GROUP_RECAP, TODAY]],
  recapWhichGroup: [[GROUPS, `/rekap_kelompok minggu ${GROUP}`]],
  recapGroupNotFound: [['Mawar', GROUPS, `/rekap_kelompok minggu ${GROUP}`]],
  quarterlyReportUsage: null,
  quarterlyReportPreparing: [[GROUP, '2026Q4']],
  quarterlyReportCaption: [[{ group: GROUP, quarter: '2026Q4', format: 'pdf' }], [{ group: GROUP, quarter: '2026Q4', format: 'xlsx' }]],
  quarterlyReportFailed: [[GROUP, '2026Q4']],
  quarterlyLabels: null,
  exportDateInvalid: [['31-02-2026']],
  exportPrivateOnly: null,
  exportWhichGroup: [[GROUPS]],
  exportGroupNotFound: [['Mawar', GROUPS], ['Mawar', []], ['Mawar', ONE_GROUP]],
  exportPreparing: [[{ group: GROUP, from: '2026-11-01', to: '2026-11-30' }]],
  exportCaption: [[{ group: GROUP, from: '2025-12-01', to: '2026-01-31', format: 'xlsx', entries: 12_345 }], [{ group: GROUP, from: '2026-11-01', to: '2026-11-30', format: 'csv', entries: 3 }]],
  exportFailed: [[{ group: GROUP, from: '2026-11-01', to: '2026-11-30' }]],
  refusals: null,
};

export { NOT_RECORDED_NOTES };
