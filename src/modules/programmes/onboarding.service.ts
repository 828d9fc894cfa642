/**
 * Setting up a programme from the web console (issue #20): programmes, their regions,
 * facilitators and groups, through the same services as the admin command line
 * (`programme add|region`, `facilitator add`, `group create --programme --region`), so the
 * same rules refuse the same input with the same codes. What the console adds:
 *
 * - who may: an admin everything; a programme's manager regions, facilitators and groups
 *   of her own programme only (a programme she names that is not hers is hers anyway: the
 *   group lands in her programme); a facilitator nothing here. A facilitator has no
 *   programme in her scope, so a group she made could only land in the deployment's first
 *   programme, under a manager who never chose it; and `staff` on the command line leaves
 *   setting up groups to staff. A refused role gets `undefined` (the page answers 404).
 * - a facilitator is offered from those the viewer already sees (an admin all; a manager
 *   those running her programme's groups), or made new from her details (a phone, a
 *   Telegram id or an @username the bot knows: someone the bot can reach, and who can then
 *   log in to the console, as a facilitator sees her own groups without any staff role).
 * - one row in the audit log (`onboarded`) in the same transaction as what was made.
 *
 * Each refusal names the form field it belongs to, so the page shows it there.
 */
import { DomainError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { cleanLabel } from '../groups/groups.ts';
import { addFacilitator, createGroup } from '../groups/groups.service.ts';
import { consoleGroupIn } from '../groups/console.repository.ts';
import { facilitatorsOf, listTrades } from '../groups/groups.repository.ts';
import { addRegion, createProgramme, placeGroup } from './programmes.service.ts';
import { findProgramme, listProgrammes, listRegions, type Programme, type Region } from './programmes.repository.ts';
import { scopedGroups, type Scope } from './scope.ts';

/** The codes a form can show: the module rules' own, and three of the console's. */
export const ONBOARDING_ERRORS = [
  'name_invalid',
  'district_invalid',
  'village_invalid',
  'programme_not_found',
  'region_not_in_programme',
  'facilitator_not_found',
  'trade_missing',
  'trade_unknown',
  'timezone_invalid',
  'phone_invalid',
  'phone_taken',
  'telegram_id_invalid',
  'person_not_found',
  // The console's: no facilitator chosen nor named; a new one with no way to reach her.
  'facilitator_missing',
  'contact_missing',
] as const;
export type OnboardingError = (typeof ONBOARDING_ERRORS)[number];

export interface FieldError<F extends string> {
  field: F;
  code: OnboardingError;
}

/** Indonesia's three zones, as the form offers them. */
export const TIME_ZONES = { WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' } as const;
export type TimeZoneLabel = keyof typeof TIME_ZONES;

/** A refusal on its way out of the transaction (so nothing it began is kept). */
class Refused extends Error {
  constructor(readonly error: FieldError<string>) {
    super(error.code);
  }
}

/** Runs `step`; a broken rule it throws becomes a refusal of `field` (other errors pass). */
async function at<T, F extends string>(field: F, step: () => Promise<T>, fields: Partial<Record<OnboardingError, F>> = {}): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof DomainError && (ONBOARDING_ERRORS as readonly string[]).includes(error.code)) {
      const code = error.code as OnboardingError;
      throw new Refused({ field: fields[code] ?? field, code });
    }
    throw error;
  }
}

async function inTransaction<T, F extends string>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T | { error: FieldError<F> }> {
  try {
    return await db.transaction().execute(fn);
  } catch (error) {
    if (error instanceof Refused) return { error: error.error as FieldError<F> };
    throw error;
  }
}

const idOf = (raw: string): number | undefined => (/^[1-9]\d{0,15}$/.test(raw.trim()) ? Number(raw.trim()) : undefined);
const given = (raw: string): string | undefined => (raw.trim() === '' ? undefined : raw);

/** Whether she may make programmes (an admin). */
export const mayCreateProgramme = (scope: Scope): boolean => scope.role === 'admin';
/** Whether she may make regions, facilitators and groups (an admin, a manager: her programme's). */
export const mayOnboard = (scope: Scope): boolean => scope.role === 'admin' || scope.role === 'manager';

// ── Programmes ──────────────────────────────────────────────────────────────────────────

export interface ProgrammeForm {
  name: string;
  partner: string;
}
export type ProgrammeField = 'name' | 'partner';

export async function createProgrammeAs(db: Db, scope: Scope, form: ProgrammeForm, now: Date): Promise<undefined | Programme | { error: FieldError<ProgrammeField> }> {
  if (!mayCreateProgramme(scope)) return undefined;
  return inTransaction<Programme, ProgrammeField>(db, async (trx) => {
    // The partner is optional; a partner given but unprintable is dropped as the command line drops it.
    const programme = await at('name', () => createProgramme(trx, { name: form.name, partner: given(form.partner) }));
    await recordAudit(trx, { kind: 'onboarded', at: now, actorPersonId: scope.personId, groupId: null, detail: { what: 'programme', id: String(programme.id) } });
    return programme;
  });
}

// ── Regions ─────────────────────────────────────────────────────────────────────────────

export interface RegionForm {
  programmeId: string;
  kabupaten: string;
  kecamatan: string;
}
export type RegionField = 'programmeId' | 'kabupaten' | 'kecamatan';

/** The programmes she may add regions (and groups) to: all for an admin, hers for a manager; none for a facilitator. */
export async function programmesFor(db: Db, scope: Scope): Promise<Programme[]> {
  if (scope.role === 'admin') return listProgrammes(db);
  if (scope.role !== 'manager') return [];
  const own = await findProgramme(db, scope.programmeId!);
  return own ? [own] : [];
}

/** The programme a form names, within her reach: a manager's own whatever was posted. */
function programmeFor(scope: Scope, raw: string): number | undefined {
  return scope.role === 'manager' ? scope.programmeId! : idOf(raw);
}

export async function addRegionAs(db: Db, scope: Scope, form: RegionForm, now: Date): Promise<undefined | { id: number; programmeId: number } | { error: FieldError<RegionField> }> {
  if (!mayOnboard(scope)) return undefined;
  const programmeId = programmeFor(scope, form.programmeId);
  return inTransaction<{ id: number; programmeId: number }, RegionField>(db, async (trx) => {
    if (programmeId === undefined) throw new Refused({ field: 'programmeId', code: 'programme_not_found' });
    const kecamatan = given(form.kecamatan);
    // addRegion refuses either place as district_invalid: the kecamatan is looked at first to name its field.
    if (kecamatan !== undefined && cleanLabel(kecamatan) === null) throw new Refused({ field: 'kecamatan', code: 'district_invalid' });
    const id = await at('kabupaten', () => addRegion(trx, programmeId, form.kabupaten, kecamatan), { programme_not_found: 'programmeId' });
    await recordAudit(trx, { kind: 'onboarded', at: now, actorPersonId: scope.personId, groupId: null, detail: { what: 'region', id: String(id), programme: String(programmeId) } });
    return { id, programmeId };
  });
}

// ── Facilitators ────────────────────────────────────────────────────────────────────────

export interface FacilitatorForm {
  name: string;
  phone: string;
  /** Her Telegram user id (digits) or @username (one the bot knows). */
  telegram: string;
}
export type FacilitatorField = 'name' | 'phone' | 'telegram';

const FACILITATOR_FIELDS: Partial<Record<OnboardingError, FacilitatorField>> = {
  phone_invalid: 'phone',
  phone_taken: 'phone',
  telegram_id_invalid: 'telegram',
  person_not_found: 'telegram',
};

/** `facilitator add` with her details from a form: a phone or a Telegram id/@username is needed (someone the bot can reach). */
async function facilitatorFrom(trx: Db, form: FacilitatorForm, timeZone: string, prefix: (f: FacilitatorField) => string): Promise<{ id: number; personId: number }> {
  const phone = given(form.phone);
  const telegram = given(form.telegram)?.trim();
  if (!phone && !telegram) throw new Refused({ field: prefix('phone'), code: 'contact_missing' });
  const byId = telegram !== undefined && /^\d+$/.test(telegram);
  const fields = Object.fromEntries(Object.entries(FACILITATOR_FIELDS).map(([code, f]) => [code, prefix(f)]));
  const made = await at(
    prefix('name'),
    () => addFacilitator(trx, { name: form.name, phone, telegramId: byId ? telegram : undefined, telegramUsername: byId ? undefined : telegram, timeZone }),
    fields,
  );
  return { id: made.id, personId: made.person.id };
}

export async function addFacilitatorAs(db: Db, scope: Scope, form: FacilitatorForm, now: Date, timeZone: string): Promise<undefined | { id: number; personId: number } | { error: FieldError<FacilitatorField> }> {
  if (!mayOnboard(scope)) return undefined;
  return inTransaction<{ id: number; personId: number }, FacilitatorField>(db, async (trx) => {
    const made = await facilitatorFrom(trx, form, timeZone, (f) => f);
    await recordAudit(trx, { kind: 'onboarded', at: now, actorPersonId: scope.personId, subjectPersonId: made.personId, groupId: null, detail: { what: 'facilitator', id: String(made.id) } });
    return made;
  });
}

// ── Groups ──────────────────────────────────────────────────────────────────────────────

export interface GroupForm {
  name: string;
  /** Trade codes (the form shows their names). */
  trades: string[];
  village: string;
  district: string;
  /** WIB, WITA or WIT. */
  timeZone: string;
  programmeId: string;
  /** A region id of that programme, or '' for none. */
  regionId: string;
  /** A facilitator id from the choices, or 'baru' for the new one below. */
  facilitatorId: string;
  facilitatorName: string;
  facilitatorPhone: string;
  facilitatorTelegram: string;
}
export type GroupField = 'name' | 'trades' | 'village' | 'district' | 'timeZone' | 'programmeId' | 'regionId' | 'facilitatorId' | 'facilitatorName' | 'facilitatorPhone' | 'facilitatorTelegram';

export const EMPTY_GROUP_FORM: GroupForm = {
  name: '',
  trades: [],
  village: '',
  district: '',
  timeZone: 'WIB',
  programmeId: '',
  regionId: '',
  facilitatorId: '',
  facilitatorName: '',
  facilitatorPhone: '',
  facilitatorTelegram: '',
};

export interface GroupFormChoices {
  programmes: Programme[];
  regions: Region[];
  facilitators: { id: number; name: string }[];
  trades: { code: string; name_id: string; name_en: string }[];
}

/** What the group form offers her (undefined: she may not make groups). */
export async function groupFormChoices(db: Db, scope: Scope): Promise<GroupFormChoices | undefined> {
  if (!mayOnboard(scope)) return undefined;
  const [programmes, regions, facilitators, trades] = await Promise.all([
    programmesFor(db, scope),
    listRegions(db, scope.role === 'manager' ? scope.programmeId! : 'all'),
    facilitatorsOf(db, scope.role === 'admin' ? 'all' : scopedGroups(scope).groupIds),
    listTrades(db),
  ]);
  return { programmes, regions, facilitators, trades };
}

export async function createGroupAs(db: Db, scope: Scope, form: GroupForm, now: Date): Promise<undefined | { id: number } | { error: FieldError<GroupField> }> {
  const choices = await groupFormChoices(db, scope);
  if (!choices) return undefined;
  const programmeId = programmeFor(scope, form.programmeId);
  const timeZone = TIME_ZONES[form.timeZone as TimeZoneLabel] as string | undefined;
  return inTransaction<{ id: number }, GroupField>(db, async (trx) => {
    if (programmeId === undefined || !(await findProgramme(trx, programmeId))) throw new Refused({ field: 'programmeId', code: 'programme_not_found' });
    if (!timeZone) throw new Refused({ field: 'timeZone', code: 'timezone_invalid' });
    const regionId = form.regionId.trim() === '' ? undefined : (idOf(form.regionId) ?? -1);
    if (regionId !== undefined && !choices.regions.some((r) => r.id === regionId && r.programmeId === programmeId)) {
      throw new Refused({ field: 'regionId', code: 'region_not_in_programme' });
    }
    let facilitator: { id: number; personId: number | null };
    if (form.facilitatorId === 'baru') {
      facilitator = await facilitatorFrom(trx, { name: form.facilitatorName, phone: form.facilitatorPhone, telegram: form.facilitatorTelegram }, timeZone, (f) => `facilitator${f[0]!.toUpperCase()}${f.slice(1)}`);
    } else if (form.facilitatorId.trim() === '') {
      throw new Refused({ field: 'facilitatorId', code: 'facilitator_missing' });
    } else {
      // Only one she is offered: a manager does not reach another programme's facilitators by id.
      const id = idOf(form.facilitatorId);
      if (id === undefined || !choices.facilitators.some((f) => f.id === id)) throw new Refused({ field: 'facilitatorId', code: 'facilitator_not_found' });
      facilitator = { id, personId: null };
    }
    const group = await at(
      'name',
      () => createGroup(trx, { name: form.name, trades: form.trades, facilitatorId: facilitator.id, village: given(form.village), district: given(form.district), timeZone }),
      { trade_missing: 'trades', trade_unknown: 'trades', timezone_invalid: 'timeZone', village_invalid: 'village', district_invalid: 'district', facilitator_not_found: 'facilitatorId' },
    );
    // In the same transaction, as `group create --programme --region`: a refused place leaves no group.
    await at('regionId', () => placeGroup(trx, group.id, programmeId, regionId), { programme_not_found: 'programmeId' });
    await recordAudit(trx, {
      kind: 'onboarded',
      at: now,
      actorPersonId: scope.personId,
      subjectPersonId: facilitator.personId,
      groupId: group.id,
      detail: { what: 'group', id: String(group.id), facilitator: facilitator.personId === null ? 'existing' : 'new' },
    });
    return { id: group.id };
  });
}

// ── Invitations ─────────────────────────────────────────────────────────────────────────

/** A group of her scope with its join code, for its printed invitation (undefined: missing or not hers, alike). */
export async function invitationOf(db: Db, scope: Scope, groupId: number): Promise<{ id: number; name: string; joinCode: string } | undefined> {
  const group = await consoleGroupIn(db, scopedGroups(scope), groupId);
  return group && { id: group.id, name: group.name, joinCode: group.joinCode };
}
