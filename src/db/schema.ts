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
}

export interface IdentitiesTable {
  id: Id;
  person_id: number;
  platform: string;
  external_id: string;
  display_name: string | null;
  created_at: Timestamp;
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
}

export interface LedgerEntriesTable {
  id: Id;
  person_id: number;
  kind: 'sale' | 'expense';
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
}

export interface OutboundMessagesTable {
  id: Id;
  idempotency_key: string;
  platform: string;
  chat_id: string;
  payload: JSONColumnType<import('../core/messages.ts').OutboundMessage>;
  priority: ColumnType<'reply' | 'bulk', 'reply' | 'bulk' | undefined, 'reply' | 'bulk'>;
  status: ColumnType<'queued' | 'sent' | 'failed', 'queued' | 'sent' | 'failed' | undefined, 'queued' | 'sent' | 'failed'>;
  source_message_id: number | null;
  platform_message_id: string | null;
  failure: string | null;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

export interface ConversationStatesTable {
  platform: string;
  chat_id: string;
  person_id: number;
  state: JSONColumnType<object>;
  updated_at: Timestamp;
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

export interface PermissionRefusalsTable {
  id: Id;
  person_id: number | null;
  action: string;
  reason: string;
  group_id: number | null;
  at: Timestamp;
}

export interface Database {
  people: PeopleTable;
  identities: IdentitiesTable;
  inbound_messages: InboundMessagesTable;
  ledger_entries: LedgerEntriesTable;
  outbound_messages: OutboundMessagesTable;
  conversation_states: ConversationStatesTable;
  facilitators: FacilitatorsTable;
  trades: TradesTable;
  groups: GroupsTable;
  group_trades: GroupTradesTable;
  group_chats: GroupChatsTable;
  memberships: MembershipsTable;
  permission_refusals: PermissionRefusalsTable;
}
