/**
 * The audit page: who did what and when, newest first, 50 rows a page (keyset: "older"
 * carries the last row's cursor). Each row says what happened in plain words from the
 * source's short codes, and links the member or group it was about.
 */
import { html, raw } from 'hono/html';
import type { AuditKind } from '../../modules/audit/audit.ts';
import type { AuditPage, AuditRow } from '../../modules/audit/audit.service.ts';
import { formatDay, formatInstant, formatRupiah } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';

/** The `?jenis=` words of the address bar, one per kind. */
export const KIND_SLUGS: Readonly<Record<AuditKind, string>> = {
  on_behalf: 'atas-nama',
  refusal: 'penolakan',
  role: 'peran',
  join_code: 'kode-gabung',
  login: 'masuk',
  loan: 'pinjaman',
  download: 'unduhan',
};

export function kindOfSlug(slug: string | undefined): AuditKind | undefined {
  return (Object.keys(KIND_SLUGS) as AuditKind[]).find((k) => KIND_SLUGS[k] === slug);
}

export interface AuditView {
  header: Fragment;
  log: AuditPage;
  kind: AuditKind | undefined;
  /** Whether this is an older page (a cursor was given). */
  paged: boolean;
  timeZone: string;
}

const word = (words: Record<string, string>, code: string | null) => (code === null ? '' : (words[code] ?? code));

function what(t: ConsoleTexts, r: AuditRow): string {
  const a = t.audit;
  switch (r.source) {
    case 'on_behalf':
      return a.onBehalf(word(a.entryKinds, r.what), formatRupiah(Number(r.detail)));
    case 'refusal':
      return a.refusal(word(a.actions, r.what), word(a.reasons, r.detail));
    case 'login_refused':
      return a.loginRefused(word(a.loginHow, r.what), word(a.loginOutcomes, r.detail));
    case 'login':
      return a.login(word(a.loginHow, r.what));
    case 'staff_granted':
      return a.staffGranted(word(a.staffRoles, r.what), r.detail);
    case 'staff_ended':
      return a.staffEnded(word(a.staffRoles, r.what), r.detail);
    case 'facilitator_assigned':
      return a.facilitatorAssigned;
    case 'member_role': {
      const detail = JSON.parse(r.detail ?? '{}') as { from?: string; to?: string };
      return a.memberRole(word(a.memberRoles, detail.from ?? null), word(a.memberRoles, detail.to ?? null));
    }
    case 'join_code_rotated':
      return a.joinCodeRotated;
    case 'member_added': {
      const detail = JSON.parse(r.detail ?? '{}') as { role?: string };
      return t.memberImport.audited(word(a.memberRoles, detail.role ?? null));
    }
    case 'media_done': {
      const detail = JSON.parse(r.detail ?? '{}') as { kind?: 'voice' | 'audio' | 'photo' };
      return t.inbox.audited(t.inbox.kinds[detail.kind ?? 'voice'] ?? '');
    }
    case 'onboarded': {
      const detail = JSON.parse(r.detail ?? '{}') as { what?: string };
      return t.onboarding.audited(word(t.onboarding.auditWhat, detail.what ?? null));
    }
    case 'quarterly_filled': {
      const detail = JSON.parse(r.detail ?? '{}') as { quarter?: string; figures?: string };
      const q = /^(\d{4})Q([1-4])$/.exec(detail.quarter ?? '');
      const figures = (detail.figures ?? '').split(',').filter(Boolean).map((f) => word(t.quarterly.figureNames, f));
      return t.quarterly.audited(q ? t.quarterly.quarterName(Number(q[1]), Number(q[2])) : (detail.quarter ?? ''), figures.join(', '));
    }
    case 'loan_given': {
      const detail = JSON.parse(r.detail ?? '{}') as { principal?: string };
      return r.subject === null ? a.loanGivenToGroup(formatRupiah(Number(detail.principal ?? 0))) : a.loanGiven(formatRupiah(Number(detail.principal ?? 0)));
    }
    case 'download_requested': {
      const detail = JSON.parse(r.detail ?? '{}') as { what?: string; period?: string };
      return t.downloads.audited(word(t.downloads.kinds, detail.what ?? null), periodWords(t, detail.period ?? ''));
    }
  }
}

/** A download's period as the audit row keeps it ("2026Q3", "2026-12-01..2026-12-10") in words. */
function periodWords(t: ConsoleTexts, period: string): string {
  if (/^\d{4}Q[1-4]$/.test(period)) return t.downloads.quarterName(period, false);
  const range = /^(\d{4}-\d\d-\d\d)\.\.(\d{4}-\d\d-\d\d)$/.exec(period);
  return range ? `${formatDay(range[1]!, t.lang)} – ${formatDay(range[2]!, t.lang)}` : period;
}

/** Who did it; a row with nobody behind it came from the admin command line, or from someone the console does not know. */
function who(t: ConsoleTexts, r: AuditRow): string {
  if (r.actorName !== null) return r.actorName;
  return r.source === 'refusal' || r.source === 'login_refused' ? t.audit.unknownPerson : t.audit.commandLine;
}

/** The member (a link to her page), the staff member (her name) and the group (a link) the row is about. */
function about(r: AuditRow): Fragment {
  const member = r.source === 'on_behalf' || r.source === 'member_role' || r.source === 'member_added' || r.source === 'media_done' || r.source === 'quarterly_filled' || r.source === 'loan_given';
  const person =
    r.subject === null ? '' : member ? html`<a href="/anggota/${String(r.subject)}" data-k="about-member">${r.subjectName}</a>` : html`<span>${r.subjectName}</span>`;
  const group = r.groupId === null ? '' : html`<a href="/kelompok/${String(r.groupId)}" data-k="about-group">${r.groupName}</a>`;
  return html`${person}${person && group ? ' · ' : ''}${group}`;
}

function row(t: ConsoleTexts, r: AuditRow, timeZone: string): Fragment {
  return html`<tr data-k="audit-row" data-source="${r.source}" data-id="${String(r.id)}" data-actor="${r.actor === null ? '' : String(r.actor)}" data-subject="${r.subject === null ? '' : String(r.subject)}" data-group="${r.groupId === null ? '' : String(r.groupId)}">
<td data-label="${t.audit.when}"><time datetime="${r.at.toISOString()}">${formatInstant(r.at, timeZone, t.lang)}</time></td>
<td data-label="${t.audit.who}">${who(t, r)}</td><td data-label="${t.audit.what}">${what(t, r)}</td><td data-label="${t.audit.about}">${about(r)}</td></tr>`;
}

/** A narrow screen stacks each row's cells, each with its column's name. */
const STYLE = `table.log{width:100%;border-collapse:collapse;background:#fff}.log th,.log td{text-align:left;padding:.45rem .6rem;border-bottom:1px solid #dde2dc;vertical-align:top}
@media (max-width:40rem){.log thead{display:none}.log tr,.log td{display:block}.log td{border:0;padding:.1rem .6rem;overflow-wrap:anywhere}.log tr{border-bottom:1px solid #dde2dc;padding:.4rem 0}
.log td::before{content:attr(data-label) ": ";font-weight:600;color:#3b4a42}}
form.filter{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:0 0 1rem}select{font:inherit;padding:.5rem;border:1px solid #9aa59e;border-radius:6px}
nav.pages{display:flex;gap:1rem;margin:1rem 0}`;

export function auditPage(t: ConsoleTexts, v: AuditView): Fragment {
  const slug = v.kind ? KIND_SLUGS[v.kind] : undefined;
  const base = slug ? `/audit?jenis=${slug}` : '/audit';
  const options = (Object.keys(KIND_SLUGS) as AuditKind[]).map(
    (k) => html`<option value="${KIND_SLUGS[k]}"${v.kind === k ? html` selected` : ''}>${t.audit.kinds[k]}</option>`,
  );
  const body = html`<style>${raw(STYLE)}</style><h1>${t.audit.heading}</h1><p class="sub">${t.audit.intro}</p>
<form class="filter" method="get" action="/audit"><div class="stack"><label for="jenis">${t.audit.kindLabel}</label>
<select id="jenis" name="jenis"><option value="">${t.audit.all}</option>${options}</select></div><button class="btn" type="submit">${t.audit.show}</button></form>
${
  v.log.rows.length === 0
    ? html`<p class="note" data-k="audit-empty">${t.audit.none}</p>`
    : html`<table class="log" data-k="audit"><thead><tr><th scope="col">${t.audit.when}</th><th scope="col">${t.audit.who}</th><th scope="col">${t.audit.what}</th><th scope="col">${t.audit.about}</th></tr></thead>
<tbody>${v.log.rows.map((r) => row(t, r, v.timeZone))}</tbody></table>`
}
<nav class="pages" aria-label="${t.audit.heading}">${v.paged ? html`<a href="${base}" data-k="audit-newest">${t.audit.newest}</a>` : ''}${
    v.log.next ? html`<a href="${base}${slug ? '&' : '?'}sebelum=${v.log.next}" data-k="audit-older">${t.audit.older}</a>` : ''
  }</nav>
<details><summary>${t.home.definitions}</summary><p>${t.audit.definition}</p></details>`;
  // The language switch returns to a plain path (it takes no query): the page's first view.
  return page(t, { title: t.audit.heading, header: v.header, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=/audit` });
}
