/**
 * Every word of the web console's pages, Indonesian first, English by the language switch.
 * (What reaches her chat — the login code — is in src/conversation/replies like every
 * other chat sentence.)
 *
 * The words live in src/web/texts/, one file per page or area, each holding its interface
 * (`<Area>Texts`) and both languages side by side (`<area>Id`, `<area>En`) so a translator
 * sees them together. This file only puts them together; every page imports from here.
 * To add an area: one file in texts/, one line in ConsoleTexts below, one line in each of
 * `id` and `en`. (Words shared by every page — title, menu, pager… — are in texts/common.ts,
 * at the top level of ConsoleTexts.)
 */
import { auditEn, auditId, type AuditTexts } from './texts/audit.ts';
import { collectionEn, collectionId, loanPageEn, loanPageId, newLoanEn, newLoanId, type CollectionTexts, type LoanPageTexts, type NewLoanTexts } from './texts/collection.ts';
import { commonEn, commonId, type CommonTexts, type ConsoleLanguage } from './texts/common.ts';
import { definitionsEn, definitionsId, type DefinitionsTexts } from './texts/definitions.ts';
import { downloadsEn, downloadsId, type DownloadsTexts } from './texts/downloads.ts';
import { groupEn, groupId, type GroupTexts } from './texts/group.ts';
import { groupsEn, groupsId, type GroupsTexts } from './texts/groups.ts';
import { homeEn, homeId, type HomeTexts } from './texts/home.ts';
import { inboxEn, inboxId, type InboxTexts } from './texts/inbox.ts';
import { leadActionsEn, leadActionsId, type LeadActionsTexts } from './texts/lead-actions.ts';
import { leadsEn, leadsId, type LeadsTexts } from './texts/leads.ts';
import { loansEn, loansId, type LoansTexts } from './texts/loans.ts';
import { loginEn, loginId, type LoginTexts } from './texts/login.ts';
import { memberEn, memberId, type MemberTexts } from './texts/member.ts';
import { memberImportEn, memberImportId, type MemberImportTexts } from './texts/member-import.ts';
import { onboardingEn, onboardingId, type OnboardingTexts } from './texts/onboarding.ts';
import { quarterlyEn, quarterlyId, type QuarterlyTexts } from './texts/quarterly.ts';
import { searchEn, searchId, type SearchTexts } from './texts/search.ts';
import { staffEn, staffId, type StaffTexts } from './texts/staff.ts';
import { staffRolesEn, staffRolesId, type StaffRolesTexts } from './texts/staff-roles.ts';
import { trendEn, trendId, type TrendTexts } from './texts/trend.ts';

export type { ConsoleLanguage };

export interface ConsoleTexts extends CommonTexts {
  login: LoginTexts;
  home: HomeTexts;
  groups: GroupsTexts;
  group: GroupTexts;
  member: MemberTexts;
  memberImport: MemberImportTexts;
  search: SearchTexts;
  loans: LoansTexts;
  collection: CollectionTexts;
  loanPage: LoanPageTexts;
  newLoan: NewLoanTexts;
  leadsPage: LeadsTexts;
  leadActions: LeadActionsTexts;
  audit: AuditTexts;
  trend: TrendTexts;
  definitions: DefinitionsTexts;
  inbox: InboxTexts;
  onboarding: OnboardingTexts;
  quarterly: QuarterlyTexts;
  downloads: DownloadsTexts;
  staff: StaffTexts;
  staffRoles: StaffRolesTexts;
}

const id: ConsoleTexts = {
  ...commonId,
  login: loginId,
  home: homeId,
  groups: groupsId,
  group: groupId,
  member: memberId,
  memberImport: memberImportId,
  search: searchId,
  loans: loansId,
  collection: collectionId,
  loanPage: loanPageId,
  newLoan: newLoanId,
  leadsPage: leadsId,
  leadActions: leadActionsId,
  audit: auditId,
  trend: trendId,
  definitions: definitionsId,
  inbox: inboxId,
  onboarding: onboardingId,
  quarterly: quarterlyId,
  downloads: downloadsId,
  staff: staffId,
  staffRoles: staffRolesId,
};

const en: ConsoleTexts = {
  ...commonEn,
  login: loginEn,
  home: homeEn,
  groups: groupsEn,
  group: groupEn,
  member: memberEn,
  memberImport: memberImportEn,
  search: searchEn,
  loans: loansEn,
  collection: collectionEn,
  loanPage: loanPageEn,
  newLoan: newLoanEn,
  leadsPage: leadsEn,
  leadActions: leadActionsEn,
  audit: auditEn,
  trend: trendEn,
  definitions: definitionsEn,
  inbox: inboxEn,
  onboarding: onboardingEn,
  quarterly: quarterlyEn,
  downloads: downloadsEn,
  staff: staffEn,
  staffRoles: staffRolesEn,
};

export const CONSOLE_TEXTS: Readonly<Record<ConsoleLanguage, ConsoleTexts>> = { id, en };

export function textsFor(lang: string | undefined): ConsoleTexts {
  return lang === 'en' ? en : id;
}
