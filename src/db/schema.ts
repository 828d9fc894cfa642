/**
 * Kysely table types, written by hand to match migrations/. Columns with defaults are
 * `Generated`; bigint money arrives as a JS number (see client.ts), dates as YYYY-MM-DD.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Id = Generated<number>;

export interface PeopleTable {
  id: Id;
  name: string;
  language: ColumnType<'id' | 'en', 'id' | 'en' | undefined, 'id' | 'en'>;
  time_zone: string;
  created_at: Timestamp;
  /** E.164 (+62812…), unique when set. */
  phone: string | null;
  /** When the bot first told her what it keeps and why. */
  informed_at: NullableTimestamp;
  /** Set while she has asked for no reminders or broadcasts (BERHENTI / STOP). */
  opted_out_at: NullableTimestamp;
  consent_changed_at: NullableTimestamp;
  /** Her first and latest web-console login (migration 045): kept for good, unlike console_sessions (pruned after 30 days). */
  console_first_login_at: NullableTimestamp;
  console_last_login_at: NullableTimestamp;
}

export interface IdentitiesTable {
  id: Id;
  person_id: number;
  platform: string;
  external_id: string;
  display_name: string | null;
  created_at: Timestamp;
  /** Telegram @username without the @, from her latest private message (migration 023). */
  username: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface InboundMessagesTable {
  id: Id;
  platform: string;
  chat_id: string;
  message_id: string;
  person_id: number | null;
  sent_at: Timestamp;
  handled_at: Timestamp;
  intent: string | null;
  /** '' for the message as first sent; the edit's time (ISO) for an edit of it (migration 007). */
  edit_key: ColumnType<string, string | undefined, string>;
}

/** An inbound message whose handling kept failing while the database answered (migration 012). */
export interface SetAsideMessagesTable {
  id: Id;
  platform: string;
  chat_id: string;
  message_id: string;
  edit_key: ColumnType<string, string | undefined, string>;
  /** The InboundMessage as queued (it was never recorded anywhere else). */
  message: JSONColumnType<import('../core/messages.ts').InboundMessage>;
  /** The last failure's message. */
  error: string;
  failures: number;
  first_failed_at: Timestamp;
  last_failed_at: Timestamp;
  /** Set once it failed too often: the job stopped retrying it, the admin sees it. */
  set_aside_at: NullableTimestamp;
}

export interface LedgerEntriesTable {
  id: Id;
  person_id: number;
  kind: 'sale' | 'expense' | 'withdrawal' | 'capital';
  /** Integer rupiah, >= 0; a sale may be negative: a return ("retur 1 mukena 90rb"), quantity and unit price positive. */
  amount: number;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  unit_price: number | null;
  business_date: string;
  source_message_id: number | null;
  raw_text: string;
  created_at: Timestamp;
  voided_at: NullableTimestamp;
  voided_by_message_id: number | null;
  /** The entry that replaced this one when it was corrected (migration 007). */
  replaced_by_entry_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** Who wrote the entry when it was not the member herself (her facilitator). */
  entered_by_person_id: ColumnType<number | null, number | null | undefined, number | null>;
  /**
   * The group an on-behalf entry was written in (migration 032, set by a trigger on insert
   * when entered_by_person_id is someone else): what the audit page scopes those rows by.
   */
  on_behalf_group_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** That group's programme, kept equal to groups.programme_id by triggers (migration 032). */
  on_behalf_programme_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The help-inbox media item (voice note, photo) it was recorded from in the console (migration 037). */
  media_message_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export type OutboxStatus = 'queued' | 'sent' | 'failed' | 'held';

export interface OutboundMessagesTable {
  id: Id;
  idempotency_key: string;
  platform: string;
  chat_id: string;
  payload: JSONColumnType<import('../core/messages.ts').OutboundMessage>;
  priority: ColumnType<'reply' | 'bulk', 'reply' | 'bulk' | undefined, 'reply' | 'bulk'>;
  /** `held`: kept until the recipient writes privately (a WhatsApp message out of reach). */
  status: ColumnType<OutboxStatus, OutboxStatus | undefined, OutboxStatus>;
  source_message_id: number | null;
  platform_message_id: string | null;
  failure: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
  held_at: NullableTimestamp;
  /** Written for the bulk feeder (src/jobs/bulk-feeder.ts): not yet on a send queue, and not lost. */
  awaiting_feeder: ColumnType<boolean, boolean | undefined, boolean>;
  /** When the feeder last put the row on a send queue (the outbox sweep's grace counts from it). */
  fed_at: NullableTimestamp;
}

export interface ConversationStatesTable {
  platform: string;
  chat_id: string;
  person_id: number;
  state: JSONColumnType<object>;
  updated_at: Timestamp;
}

/** "/catatan" as she last saw it in a chat: the entry ids in the order shown (number 1 first). */
export interface ShownEntryListsTable {
  platform: string;
  chat_id: string;
  person_id: number;
  entry_ids: JSONColumnType<number[]>;
  shown_at: Timestamp;
}

export interface FacilitatorsTable {
  id: Id;
  person_id: number;
  created_at: Timestamp;
}

export interface TradesTable {
  code: string;
  name_id: string;
  name_en: string;
}

export interface GroupsTable {
  id: Id;
  name: string;
  facilitator_id: number;
  village: string | null;
  district: string | null;
  time_zone: string;
  join_code: string;
  created_at: Timestamp;
  /** The programme it belongs to (migration 023; defaults to the deployment's first programme). */
  programme_id: ColumnType<number, number | undefined, number>;
  region_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface GroupTradesTable {
  group_id: number;
  trade_code: string;
}

export interface GroupChatsTable {
  id: Id;
  group_id: number;
  platform: string;
  chat_id: string;
  linked_by_person_id: number | null;
  linked_at: Timestamp;
}

export type Role = 'ketua' | 'sekretaris' | 'bendahara' | 'anggota';
export type MembershipStatus = 'active' | 'pending' | 'removed';

export interface MembershipsTable {
  id: Id;
  group_id: number;
  person_id: number;
  role: ColumnType<Role, Role | undefined, Role>;
  status: ColumnType<MembershipStatus, MembershipStatus | undefined, MembershipStatus>;
  joined_at: Timestamp;
  status_changed_at: Timestamp;
}

/** Wrong join/link codes per person or chat, and how long that one must wait (see code-attempts.ts). */
export interface CodeAttemptsTable {
  scope: string;
  failures: number;
  last_failed_at: Timestamp;
  locked_until: NullableTimestamp;
}

export interface PermissionRefusalsTable {
  id: Id;
  person_id: number | null;
  action: string;
  reason: string;
  group_id: number | null;
  at: Timestamp;
}

export interface LeadTarget {
  villages?: string[];
  districts?: string[];
  groupIds?: number[];
}

export interface LeadsTable {
  id: Id;
  code: string;
  facilitator_id: number;
  text: string;
  trades: string[];
  target: JSONColumnType<LeadTarget>;
  deadline: string | null;
  quantity_wanted: number | null;
  down_payment_percent: number | null;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  close_reason: string | null;
  time_zone: string;
  created_at: Timestamp;
  closed_at: NullableTimestamp;
  /** The message that confirmed the lead (migration 011). */
  source_message_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** When the lead-publishing job wrote its deliveries; null until then. */
  published_at: NullableTimestamp;
  /** The console preview's one-time token it was sent from (migration 034): one lead per press of "send". */
  console_request: ColumnType<string | null, string | null | undefined, string | null>;
  /** Who pressed "send" in the console (migration 042): its facilitator, or a manager or admin sending as her; null for a lead made in chat. */
  sent_by_person_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface LeadDeliveriesTable {
  id: Id;
  lead_id: number;
  platform: string;
  chat_id: string;
  kind: 'group_chat' | 'private';
  group_id: number | null;
  person_id: number | null;
  outbox_key: string;
}

export interface LeadResponsesTable {
  id: Id;
  lead_id: number;
  person_id: number;
  quantity: number | null;
  source_message_id: number | null;
  responded_at: Timestamp;
  awarded_quantity: number | null;
  awarded_at: NullableTimestamp;
}

/** A member who said no to a lead ("maaf belum bisa"): never counted as interest. */
export interface LeadDeclinesTable {
  id: Id;
  lead_id: number;
  person_id: number;
  source_message_id: number | null;
  declined_at: Timestamp;
}

export type LoanPaymentStatus = 'confirmed' | 'reported';

/** A loan to a group or to one person (exactly one of group_id / person_id). */
export interface LoansTable {
  id: Id;
  group_id: number | null;
  person_id: number | null;
  principal: number;
  /** Yearly rate in basis points: 6 % = 600. */
  annual_rate_bp: number;
  method: 'flat' | 'declining';
  months: number;
  disbursed: string;
  due_day: number;
  round_to: number;
  created_at: Timestamp;
  /**
   * The group the loan was given in (migration 024): the group itself for a group's loan, her
   * group at disbursement for a member's own (null if she was in none). The console's
   * portfolio selects loans by it, so a member who leaves her group keeps her loan there.
   */
  given_in_group_id: ColumnType<number | null, number | null | undefined, never>;
  /** The console form's one-time token it was given from (migration 039): one loan per press of "give". */
  console_request: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The schedule, computed once at creation with loanSchedule and stored. */
export interface LoanInstalmentsTable {
  loan_id: number;
  number: number;
  due_date: string;
  principal: number;
  interest: number;
  total: number;
}

export interface LoanPaymentsTable {
  id: Id;
  loan_id: number;
  amount: number;
  paid_on: string;
  /** 'reported' by a member in chat until the bendahara or facilitator confirms it. */
  status: LoanPaymentStatus;
  reported_by_person_id: number | null;
  confirmed_by_person_id: number | null;
  /** Unique when set: a redelivered chat message cannot pay twice. */
  source_message_id: number | null;
  created_at: Timestamp;
  confirmed_at: NullableTimestamp;
  /** The console form's one-time token it was recorded from (migration 039): one payment per press of "record". */
  console_request: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface WhatsappAuthCredsTable {
  account: string;
  /** BufferJSON of Baileys' creds; AES-256-GCM sealed when WHATSAPP_AUTH_KEY is set. */
  value: Buffer;
  updated_at: Timestamp;
}

export interface WhatsappAuthKeysTable {
  account: string;
  type: string;
  key_id: string;
  value: Buffer;
  updated_at: Timestamp;
}

export interface WhatsappLidMapTable {
  /** '1234567890@lid', without device. */
  lid: string;
  /** '6281234567890@s.whatsapp.net', without device. */
  phone_jid: string;
  updated_at: Timestamp;
}

export interface WhatsappSentMessagesTable {
  message_id: string;
  chat_id: string;
  message: Buffer;
  created_at: Timestamp;
}

/** The WhatsApp link's standing, written by the process holding the number (one row per account). */
export interface WhatsappLinkTable {
  account: string;
  state: string;
  reason: string | null;
  restriction: string | null;
  restricted_until: NullableTimestamp;
  holder: string;
  updated_at: Timestamp;
  /** The number it served (E.164), from its first link: another phone that links is refused. */
  linked_number: string | null;
}

/** Who may hold the WhatsApp number's socket, until when (one row per account; whatsapp-lock.repository.ts). */
export interface WhatsappNumberLeaseTable {
  account: string;
  /** host:pid of the holding process, for the operator. */
  holder: string;
  /** The holder's random token: only it renews or releases the lease. */
  token: string;
  /** Counts takeovers: each new holder gets the next one. */
  generation: number;
  taken_at: Timestamp;
  expires_at: Timestamp;
}

/** Reminders: when the reminder ticks first ran (slots before are never replayed), and the last tick. */
export interface ReminderStateTable {
  id: number;
  started_at: Timestamp;
  last_tick_at: Timestamp;
}

export type ReminderSlotKind = 'repayment' | 'nudge' | 'digest' | 'quarterly' | 'order_due' | 'weekly_summary';

/** One reminder slot (kind, time zone, local day) once it has been fanned out or skipped. */
export interface ReminderSlotRunsTable {
  slot_key: string;
  kind: ReminderSlotKind;
  time_zone: string;
  local_date: string;
  due_at: Timestamp;
  outcome: 'sent' | 'skipped';
  queued: ColumnType<number, number | undefined, number>;
  finished_at: Timestamp;
}

/** A member's answer to the quarterly monitoring question, one row per (person, quarter). */
export interface QuarterlyReportsTable {
  id: Id;
  person_id: number;
  /** 2026Q4 */
  quarter: string;
  assets: number | null;
  turnover_reported: number | null;
  turnover_from_books: number;
  employees: number | null;
  source_message_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Who filled the figure in from the console on her behalf; null: she sent it herself (or it is missing). Migration 040. */
  assets_filled_by: number | null;
  turnover_filled_by: number | null;
  employees_filled_by: number | null;
}

/** Each console form that filled quarterly figures in for a member, by its one-time token (migration 040). */
export interface QuarterlyFillsTable {
  id: Id;
  person_id: number;
  quarter: string;
  group_id: number;
  filled_by_person_id: number;
  assets: number | null;
  turnover: number | null;
  employees: number | null;
  console_request: string;
  created_at: Timestamp;
}

// Group price lists (migration 007).
export interface GroupPricesTable {
  id: Id;
  group_id: number;
  item_key: string;
  item: string;
  unit_price: number;
  unit: string | null;
  set_by_person_id: number | null;
  updated_at: Timestamp;
}

// Orders, credit sales and media (migration 008).
export type SettleStatus = 'open' | 'paid' | 'cancelled';

export interface OrdersTable {
  id: Id;
  person_id: number;
  customer: string;
  customer_key: string;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  unit_price: number | null;
  total: number;
  paid: ColumnType<number, number | undefined, number>;
  order_date: string;
  due_date: string | null;
  status: ColumnType<SettleStatus, SettleStatus | undefined, SettleStatus>;
  source_message_id: number | null;
  created_at: Timestamp;
  settled_at: NullableTimestamp;
}

export interface OrderPaymentsTable {
  id: Id;
  order_id: number;
  amount: number;
  business_date: string;
  ledger_entry_id: number | null;
  down_payment: ColumnType<boolean, boolean | undefined, boolean>;
  source_message_id: number | null;
  created_at: Timestamp;
}

export interface ReceivablesTable {
  id: Id;
  person_id: number;
  customer: string;
  customer_key: string;
  amount: number;
  paid: ColumnType<number, number | undefined, number>;
  ledger_entry_id: number | null;
  business_date: string;
  status: ColumnType<SettleStatus, SettleStatus | undefined, SettleStatus>;
  source_message_id: number | null;
  created_at: Timestamp;
  settled_at: NullableTimestamp;
}

export interface ReceivablePaymentsTable {
  id: Id;
  receivable_id: number;
  amount: number;
  business_date: string;
  source_message_id: number | null;
  created_at: Timestamp;
}

export interface MediaMessagesTable {
  id: Id;
  person_id: number;
  platform: string;
  chat_id: string;
  kind: 'voice' | 'audio' | 'photo';
  ref: string;
  caption: string | null;
  mime_type: string | null;
  inbound_message_id: number | null;
  received_at: Timestamp;
  /** bigint[]: pg returns its elements as strings. */
  forwarded_to: ColumnType<string[], number[] | undefined, number[]>;
  /** When and by whom it was dealt with in the console's help inbox; null: waiting (migration 037). */
  done_at: NullableTimestamp;
  done_by_person_id: ColumnType<number | null, number | null | undefined, number | null>;
}

/** Weekly summaries and quarterly reports: a report asked for in chat, rendered and sent after commit. */
export interface ReportRequestsTable {
  id: Id;
  kind: 'quarterly';
  person_id: number;
  group_id: number;
  /** 2026Q4 */
  period: string;
  platform: string;
  chat_id: string;
  source_message_id: number | null;
  status: ColumnType<'pending' | 'done' | 'failed', 'pending' | 'done' | 'failed' | undefined, 'pending' | 'done' | 'failed'>;
  failure: string | null;
  created_at: Timestamp;
  done_at: Timestamp | null;
}

/** Exports asked for in chat ("/ekspor", migration 010): made and sent by the exports job after commit. */
export interface ExportRequestsTable {
  id: Id;
  source_message_id: number | null;
  group_id: number;
  person_id: number;
  platform: string;
  chat_id: string;
  date_from: string;
  date_to: string;
  status: ColumnType<'pending' | 'done' | 'failed', 'pending' | 'done' | 'failed' | undefined, 'pending' | 'done' | 'failed'>;
  failure: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

/** "grafik" (migration 011): the reply without its picture, rendered and sent by the chart job after commit. */
export interface ChartRequestsTable {
  id: Id;
  source_message_id: number | null;
  person_id: number;
  reply: JSONColumnType<import('../core/messages.ts').OutboundMessage>;
  /** The daily totals drawn, as they were when she asked. */
  days: JSONColumnType<object[]>;
  /** What the labels are made from: language, period and dates. */
  spec: JSONColumnType<object>;
  status: ColumnType<'pending' | 'done', 'pending' | 'done' | undefined, 'pending' | 'done'>;
  created_at: Timestamp;
  done_at: NullableTimestamp;
}

// The programme office (migration 023).
export interface ProgrammesTable {
  id: Id;
  name: string;
  partner: string | null;
  created_at: Timestamp;
}

export interface RegionsTable {
  id: Id;
  programme_id: number;
  kabupaten: string;
  kecamatan: string | null;
}

export type StaffRole = 'admin' | 'manager';

/** Console roles above a facilitator's: an admin (no programme) or a programme's manager. */
export interface StaffRolesTable {
  id: Id;
  person_id: number;
  role: StaffRole;
  programme_id: number | null;
  granted_at: Timestamp;
  removed_at: NullableTimestamp;
  /** The admin who gave it in the web console (migration 046); null: the admin command line. */
  granted_by_person_id: ColumnType<number | null, number | null | undefined, number | null>;
  /** The admin who ended it in the web console; null: the command line, or not ended. */
  removed_by_person_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export type AuditEventKind = 'member_role' | 'join_code_rotated' | 'member_added' | 'media_done' | 'onboarded' | 'quarterly_filled' | 'loan_given' | 'download_requested';

/** What happened that no other table keeps (migration 024): see src/modules/audit/record-audit.ts. */
export interface AuditEventsTable {
  id: Id;
  at: Timestamp;
  kind: AuditEventKind;
  actor_person_id: number | null;
  subject_person_id: number | null;
  group_id: number | null;
  detail: ColumnType<Record<string, string>, string | undefined, string>;
}

export type DownloadKind = 'export_xlsx' | 'export_csv' | 'quarterly_pdf' | 'quarterly_xlsx';
export type DownloadStatus = 'waiting' | 'working' | 'ready' | 'failed';

/** A file asked for in the web console, made by the downloads job (migration 043; see src/modules/downloads). */
export interface DownloadsTable {
  id: Id;
  person_id: number;
  group_id: number;
  kind: DownloadKind;
  date_from: string | null;
  date_to: string | null;
  quarter: string | null;
  language: 'id' | 'en';
  status: ColumnType<DownloadStatus, DownloadStatus | undefined, DownloadStatus>;
  failure: string | null;
  attempt: ColumnType<number, number | undefined, number>;
  progress_done: ColumnType<number, number | undefined, number>;
  progress_total: ColumnType<number, number | undefined, number>;
  progressed_at: NullableTimestamp;
  file: Buffer | null;
  file_name: string | null;
  mime_type: string | null;
  file_bytes: number | null;
  console_request: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

/** An uploaded member list between its dry run and its confirmation (migration 033; see src/modules/member-import). */
export interface MemberImportsTable {
  id: Id;
  token_hash: string;
  /** Who uploaded it: only she may open or confirm it. */
  person_id: number;
  file_name: string;
  /** The cells as read: [{line, name, phone, group, role}]. */
  rows: ColumnType<unknown, string, string>;
  /** Rows she left out, with their reason then (migration 044): [{line, name, problem, sameAsLine?}]. */
  dropped: ColumnType<unknown, string | undefined, string>;
  created_at: Timestamp;
  expires_at: Timestamp;
  done_at: NullableTimestamp;
  added: number | null;
  matched: number | null;
}

/** A one-time login: sha256 of the 6-digit code and of the link token; used once. */
export interface ConsoleLoginCodesTable {
  id: Id;
  person_id: number;
  code_hash: string;
  link_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  /** sha256 of the pre-login cookie of the browser that asked for it on the login page; null: any browser (chat, terminal). Migration 024. */
  browser_hash: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ConsoleSessionsTable {
  id: Id;
  person_id: number;
  /** sha256 of the cookie's token. */
  token_hash: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  ended_at: NullableTimestamp;
  end_reason: string | null;
}

export interface ConsoleLoginAttemptsTable {
  id: Id;
  at: Timestamp;
  client: string;
  kind: 'ask_code' | 'code' | 'link' | 'chat';
  outcome: string;
  person_id: number | null;
}

/**
 * Every table and its owning module: only that module's repository queries it; other modules
 * call its functions (or compose the query fragments it exports).
 */
/** One row: the random id of this database instance (src/db/instance.ts). */
export interface DatabaseInstanceTable {
  singleton: Generated<boolean>;
  id: string;
  created_at: Generated<Date>;
}

/**
 * Rollups of the books for the web console, kept exact by Postgres triggers on
 * ledger_entries and memberships (migration 024 says why and how). Read-only to the code.
 */
export interface BookGroupMonthsTable {
  group_id: number;
  /** The 1st of the calendar month. */
  month: string;
  /** Unvoided sales (returns net them) of the group's active members dated in the month. */
  sales: number;
  expenses: number;
  /** Unvoided entries of every kind. */
  entries: number;
}

export interface BookGroupWeeksTable {
  group_id: number;
  /** The Monday of the week. */
  week: string;
  /** Active members with at least one unvoided entry dated in the week. */
  recorders: number;
}

/** Migration 027: per group and month, active members with at least one unvoided entry dated in it. */
export interface BookGroupMonthRecordersTable {
  group_id: number;
  /** The 1st of the calendar month. */
  month: string;
  recorders: number;
}

/** Migration 027: per group and day, the unvoided entries of its active members (zero rows may stay). */
export interface BookGroupDaysTable {
  group_id: number;
  day: string;
  entries: number;
}

/** Migration 027: per person and month, her unvoided entries. */
export interface BookPersonMonthsTable {
  person_id: number;
  month: string;
  entries: number;
}

export interface BookPersonWeeksTable {
  person_id: number;
  week: string;
  entries: number;
}

export interface GroupMemberCountsTable {
  group_id: number;
  members: number;
}

/** People with two or more active memberships, and those groups (sorted). */
export interface SharedMembershipsTable {
  person_id: number;
  group_ids: number[];
}

export interface Database {
  /** Owner: src/modules/people */
  people: PeopleTable;
  /** Owner: src/modules/people */
  identities: IdentitiesTable;
  /** Owner: src/modules/inbox */
  inbound_messages: InboundMessagesTable;
  /** Owner: src/modules/inbox */
  set_aside_messages: SetAsideMessagesTable;
  /** Owner: src/modules/ledger */
  ledger_entries: LedgerEntriesTable;
  /** Owner: src/modules/ledger (kept by triggers, migration 024) */
  book_group_months: BookGroupMonthsTable;
  /** Owner: src/modules/ledger (kept by triggers, migration 024) */
  book_group_weeks: BookGroupWeeksTable;
  /** Owner: src/modules/ledger (kept by triggers, migration 024) */
  book_person_weeks: BookPersonWeeksTable;
  /** Owner: src/modules/ledger (kept by triggers, migration 027) */
  book_group_month_recorders: BookGroupMonthRecordersTable;
  /** Owner: src/modules/ledger (kept by triggers, migration 027) */
  book_group_days: BookGroupDaysTable;
  /** Owner: src/modules/ledger (kept by triggers, migration 027) */
  book_person_months: BookPersonMonthsTable;
  /** Owner: src/modules/outbox */
  outbound_messages: OutboundMessagesTable;
  /** Owner: src/modules/conversation-state */
  conversation_states: ConversationStatesTable;
  /** Owner: src/modules/conversation-state */
  shown_entry_lists: ShownEntryListsTable;
  /** Owner: src/modules/groups */
  facilitators: FacilitatorsTable;
  /** Owner: src/modules/groups */
  trades: TradesTable;
  /** Owner: src/modules/groups */
  groups: GroupsTable;
  /** Owner: src/modules/groups */
  group_trades: GroupTradesTable;
  /** Owner: src/modules/groups */
  group_chats: GroupChatsTable;
  /** Owner: src/modules/groups */
  memberships: MembershipsTable;
  /** Owner: src/modules/groups (kept by triggers, migration 024) */
  group_member_counts: GroupMemberCountsTable;
  /** Owner: src/modules/groups (kept by triggers, migration 024) */
  shared_memberships: SharedMembershipsTable;
  /** Owner: src/modules/groups */
  permission_refusals: PermissionRefusalsTable;
  /** Owner: src/modules/groups */
  code_attempts: CodeAttemptsTable;
  /** Owner: src/modules/leads */
  leads: LeadsTable;
  /** Owner: src/modules/leads */
  lead_deliveries: LeadDeliveriesTable;
  /** Owner: src/modules/leads */
  lead_responses: LeadResponsesTable;
  /** Owner: src/modules/leads */
  lead_declines: LeadDeclinesTable;
  /** Owner: src/modules/loans */
  loans: LoansTable;
  /** Owner: src/modules/loans */
  loan_instalments: LoanInstalmentsTable;
  /** Owner: src/modules/loans */
  loan_payments: LoanPaymentsTable;
  /** Owner: src/modules/whatsapp */
  whatsapp_auth_creds: WhatsappAuthCredsTable;
  /** Owner: src/modules/whatsapp */
  whatsapp_auth_keys: WhatsappAuthKeysTable;
  /** Owner: src/modules/whatsapp */
  whatsapp_lid_map: WhatsappLidMapTable;
  /** Owner: src/modules/whatsapp */
  whatsapp_sent_messages: WhatsappSentMessagesTable;
  /** Owner: src/modules/whatsapp */
  whatsapp_link: WhatsappLinkTable;
  /** Owner: src/modules/whatsapp */
  whatsapp_number_lease: WhatsappNumberLeaseTable;
  /** Owner: src/modules/reminders */
  reminder_state: ReminderStateTable;
  /** Owner: src/modules/reminders */
  reminder_slot_runs: ReminderSlotRunsTable;
  /** Owner: src/modules/quarterly */
  quarterly_reports: QuarterlyReportsTable;
  /** Owner: src/modules/prices */
  group_prices: GroupPricesTable;
  /** Owner: src/modules/orders */
  orders: OrdersTable;
  /** Owner: src/modules/orders */
  order_payments: OrderPaymentsTable;
  /** Owner: src/modules/receivables */
  receivables: ReceivablesTable;
  /** Owner: src/modules/receivables */
  receivable_payments: ReceivablePaymentsTable;
  /** Owner: src/modules/media */
  media_messages: MediaMessagesTable;
  /** Owner: src/modules/quarterly */
  report_requests: ReportRequestsTable;
  /** Owner: src/modules/quarterly */
  quarterly_fills: QuarterlyFillsTable;
  /** Owner: src/modules/exports */
  export_requests: ExportRequestsTable;
  /** Owner: src/modules/charts */
  chart_requests: ChartRequestsTable;
  /** Owner: src/modules/programmes */
  programmes: ProgrammesTable;
  /** Owner: src/modules/programmes */
  regions: RegionsTable;
  /** Owner: src/modules/programmes */
  staff_roles: StaffRolesTable;
  /** Owner: src/modules/console-access */
  console_login_codes: ConsoleLoginCodesTable;
  /** Owner: src/modules/console-access */
  console_sessions: ConsoleSessionsTable;
  /** Owner: src/modules/console-access */
  console_login_attempts: ConsoleLoginAttemptsTable;
  /** Owner: src/modules/audit */
  audit_events: AuditEventsTable;
  /** Owner: src/modules/member-import */
  member_imports: MemberImportsTable;
  /** Owner: src/db (instance.ts) */
  database_instance: DatabaseInstanceTable;
  /** Owner: src/modules/downloads */
  downloads: DownloadsTable;
}
