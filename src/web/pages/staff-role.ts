/**
 * An admin's pages for console roles (issue #20): "Beri peran" (/staf/peran), which finds a
 * person by her phone, and one person's role form (/staf/:id/peran): what she holds now and
 * the choices — a programme's manager (with the programme), an admin, or no staff role (shown
 * only when she has one, with what that leaves her). Nothing is chosen for someone without a
 * staff role, and the programme list always starts empty, so a role is given only on purpose;
 * a facilitator is warned that a staff role replaces her own groups' view (scope.ts: the wider
 * role wins). Plain forms, no script; a refusal is
 * shown next to its field (aria-describedby, aria-invalid), the form keeps what was chosen.
 */
import { html } from 'hono/html';
import type { Programme } from '../../modules/programmes/programmes.service.ts';
import type { RoleField, RoleForm, RoleTarget, StaffRoleFieldError } from '../../modules/programmes/staff-roles.service.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';

const STYLE = `
form.setup{display:grid;gap:.75rem;max-width:36rem}form.setup .f{display:grid;gap:.25rem}
form.setup input:not([type=radio]),form.setup select{width:100%;font:inherit;padding:.5rem;border:1px solid #9aa59e;border-radius:6px;background:#fff}
form.setup [aria-invalid=true]{border-color:#a3261b;outline:1px solid #a3261b}
fieldset{border:1px solid #dde2dc;border-radius:8px;padding:.5rem .8rem;margin:0;background:#fff;display:grid;gap:.6rem}legend{font-weight:600}
.choice{display:grid;grid-template-columns:auto 1fr;gap:.1rem .5rem;align-items:start}.choice input{margin-top:.3rem}.choice .hint,.choice .f{grid-column:2}
.note.warn{border-left:4px solid #b7791f;padding-left:.5rem}
.hint{font-size:.85rem;color:#46524b;margin:0}.ferr{color:#a3261b;font-weight:600;font-size:.9rem;margin:0}
`;

export interface RoleFrame {
  header: Fragment;
  csrf: string;
}

function fieldError<F extends string>(t: ConsoleTexts, error: StaffRoleFieldError<F> | undefined, field: F): Fragment | '' {
  return error?.field === field ? html`<p class="ferr" id="err-${field}" data-k="error" data-field="${field}" data-value="${error.code}">${t.staffRoles.errors[error.code]}</p>` : '';
}
const invalid = <F extends string>(error: StaffRoleFieldError<F> | undefined, field: F, hint?: string) => {
  const ids = [hint, error?.field === field ? `err-${field}` : undefined].filter(Boolean).join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${error?.field === field ? html` aria-invalid="true"` : ''}`;
};

/** /staf/peran: her phone, to open her role form. */
export function findPersonPage(t: ConsoleTexts, f: RoleFrame, phone: string, error?: StaffRoleFieldError<'phone'>): Fragment {
  const R = t.staffRoles;
  const body = html`<h1>${R.findHeading}</h1>
<p>${R.findIntro}</p>
<form method="post" action="/staf/peran" class="setup" novalidate>
<input type="hidden" name="csrf" value="${f.csrf}">
<div class="f"><label for="f-phone">${R.phone}</label><p class="hint" id="hint-phone">${R.phoneHint}</p>
<input id="f-phone" name="phone" value="${phone}" maxlength="40" inputmode="tel" autocomplete="off" required${invalid(error, 'phone', 'hint-phone')}>
${fieldError(t, error, 'phone')}</div>
<p><button type="submit" class="btn" data-k="find-person">${R.find}</button></p>
</form>
<p><a href="/staf">${R.orPick}</a></p>`;
  return page(t, { title: R.findHeading, header: f.header, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent('/staf/peran')}`, style: STYLE });
}

export interface RoleView {
  target: RoleTarget;
  programmes: readonly Programme[];
  form: RoleForm;
  error?: StaffRoleFieldError<RoleField> | undefined;
  /** The notice after a save. */
  notice?: 'saved' | 'unchanged' | undefined;
}

/** What she holds now, in words. */
function holds(t: ConsoleTexts, target: RoleTarget, programmes: readonly Programme[]): string {
  const R = t.staffRoles;
  if (target.staff?.role === 'admin') return R.now(t.staff.roles.admin);
  if (target.staff?.role === 'manager') return R.now(`${t.staff.roles.manager} · ${programmes.find((p) => p.id === target.staff!.programmeId)?.name ?? ''}`);
  return target.facilitator ? R.nowFacilitator : R.nowNone;
}

/**
 * The form's starting choice: what she holds (a manager's programme chosen). Without a staff
 * role nothing is chosen, so "Simpan" pressed by mistake grants nothing (it is refused: choose
 * a role).
 */
export function formOf(target: RoleTarget): RoleForm {
  if (target.staff?.role === 'admin') return { role: 'admin', programmeId: '' };
  if (target.staff?.role === 'manager') return { role: 'manager', programmeId: target.staff.programmeId ? String(target.staff.programmeId) : '' };
  return { role: '', programmeId: '' };
}

export function rolePage(t: ConsoleTexts, f: RoleFrame, v: RoleView): Fragment {
  const R = t.staffRoles;
  const { target, form, error } = v;
  const action = `/staf/${String(target.personId)}/peran`;
  const radio = (value: 'manager' | 'admin' | 'none', hint: string, extra: Fragment | '' = '') =>
    html`<div class="choice"><input type="radio" id="f-role-${value}" name="role" value="${value}"${form.role === value ? html` checked` : ''} aria-describedby="hint-role-${value}" data-k="role-${value}">
<label for="f-role-${value}">${R.choices[value]}</label><p class="hint" id="hint-role-${value}">${hint}</p>${extra}</div>`;
  const programmeSelect = html`<div class="f"><label for="f-programmeId">${R.programme}</label>
<select id="f-programmeId" name="programmeId"${invalid(error, 'programmeId')}>
<option value="">—</option>
${v.programmes.map((p) => html`<option value="${String(p.id)}"${form.programmeId === String(p.id) ? html` selected` : ''}>${p.name}</option>`)}
</select>${fieldError(t, error, 'programmeId')}</div>`;
  const notice = v.notice ? html`<p class="note" role="status" data-k="notice" data-value="${v.notice}">${v.notice === 'saved' ? R.saved : R.unchanged}</p>` : '';
  const body = html`<h1>${R.heading(target.name)}</h1>
${notice}
<p data-k="role-now" data-role="${target.staff?.role ?? (target.facilitator ? 'facilitator' : 'none')}">${holds(t, target, v.programmes)}</p>
${target.self ? html`<p class="note" data-k="self">${R.self}</p>` : ''}
${target.facilitator ? html`<p class="note warn" data-k="facilitator-warning">${R.facilitatorWarning}</p>` : ''}
<form method="post" action="${action}" class="setup" novalidate>
<input type="hidden" name="csrf" value="${f.csrf}">
<fieldset${invalid(error, 'role')}><legend>${R.roleLegend}</legend>
${radio('manager', R.hints.manager, programmeSelect)}
${radio('admin', R.hints.admin)}
${target.staff ? radio('none', target.facilitator ? R.hints.noneFacilitator : R.hints.noneOut) : ''}
${fieldError(t, error, 'role')}
</fieldset>
<p><button type="submit" class="btn" data-k="save-role">${R.save}</button></p>
</form>
<p><a href="/staf">${R.back}</a></p>`;
  return page(t, { title: R.heading(target.name), header: f.header, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(action)}`, style: STYLE });
}
