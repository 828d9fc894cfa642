/**
 * Every broken business rule by name. Each has its own sentence in both reply catalogues
 * (`refusals` in src/conversation/replies), so a new code here fails the type check until
 * both say it, and a misspelt one fails wherever it is thrown. The codes grouped under
 * "admin command line" come today only from services the operator's CLI calls (it prints
 * the English `message` instead); they keep a sentence so that no chat flow calling those
 * services later can fall back to a general apology.
 */
export const DOMAIN_ERROR_CODES = [
  // Groups, members and roles
  'code_unknown', // a join or link code that belongs to no group
  'code_locked', // too many wrong codes lately: she waits a while before trying again
  'chat_linked_elsewhere', // linking a chat already linked to a group another facilitator runs
  'not_group_member', // a linked group chat's loan asked about or paid by someone not its active member
  'not_facilitator', // a facilitator-only command from someone who is none
  'not_your_group', // a facilitator acting on a group another facilitator runs
  'recap_not_allowed', // the group recap, asked by someone not its facilitator or ketua
  'group_not_found', // a group id that is gone (a background job, or the admin command line)
  'member_not_found',
  'member_ambiguous', // several members answer to the name
  'member_duplicate', // admin command line: a new person named like a member the group already has
  'role_invalid',
  // People, facilitators and groups (admin command line: it creates them)
  'name_invalid',
  'phone_invalid',
  'phone_taken',
  'telegram_id_invalid',
  'facilitator_not_found',
  'trade_missing',
  'trade_unknown',
  'timezone_invalid',
  'village_invalid',
  'district_invalid',
  // Programmes and console staff (admin command line)
  'programme_not_found',
  'region_not_in_programme', // a group put in a region of another programme
  'person_not_found',
  'last_admin', // ending or lowering the role of the deployment's last admin
  // Loans and instalments
  'loan_terms_invalid', // admin command line: terms that make no schedule
  'borrower_invalid', // admin command line: not exactly one of a group or a member
  'loan_group_ambiguous', // a member's own loan, she is active in several groups and none was named
  'loan_group_not_hers', // a member's own loan said to be given in a group she is not an active member of
  'loan_not_found',
  'confirm_not_allowed', // confirming a payment without being its bendahara or facilitator
  'confirm_own_payment', // confirming a payment she recorded herself: another person checks it (maker ≠ checker)
  'payment_amount_invalid',
  'payment_date_invalid',
  'payment_not_found',
  'date_invalid', // a loan's standing asked for a day that does not exist
  // Market leads
  'group_unknown', // a lead aimed at a group name nobody knows
  'lead_unknown',
  'lead_closed',
  'lead_already_awarded', // a "no" to a lead she was already picked for: her facilitator must hear it from her
  'not_a_responder', // an award to someone who never answered the lead
  // Group prices
  'price_not_allowed',
  'price_invalid',
  // Orders and entries on a member's behalf
  'order_no_total',
  'order_down_payment_too_big',
  'on_behalf_not_member',
  // Exports and quarterly reports
  'export_range_invalid',
  'report_empty', // her answer to the quarterly question had no figure at all
  'report_invalid', // a figure in it that is not a whole number ≥ 0
] as const;

export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/**
 * A broken business rule: expected, shown to the person as a friendly reply chosen by
 * `code`. Infrastructure failures are ordinary errors and make the job retry.
 */
export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message?: string,
  ) {
    super(message ?? code);
  }
}

/**
 * A platform asked us to slow down (Telegram 429): wait `retryAfterMs`, then try again.
 * `scope` says what waits: the whole send queue (the platform's word, the default), or only
 * this message (our own pacing of bulk sends, which must not hold back replies).
 */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
  constructor(
    readonly retryAfterMs: number,
    readonly scope: 'queue' | 'message' = 'queue',
  ) {
    super(`rate limited, retry after ${retryAfterMs} ms`);
  }
}

/** The platform will never accept this send (bot blocked, chat gone): do not retry. */
export class PermanentSendError extends Error {
  override name = 'PermanentSendError';
}

/**
 * Not now, and not to this chat: writing to her privately would be the bot reaching out to
 * someone who has not written lately (WhatsApp flags that). The message is kept until she
 * writes privately again, and meanwhile she is told where she can see there is one.
 */
export class OutOfReachError extends Error {
  override name = 'OutOfReachError';
}
