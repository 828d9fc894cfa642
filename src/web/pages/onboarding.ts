/**
 * The set-up forms (issue #20): a programme (/program/baru), a region (/wilayah/baru), a
 * facilitator (/pendamping/baru) and a group (/kelompok/baru). Plain forms, no script. A
 * refusal is shown next to its field (linked by aria-describedby, the field marked
 * aria-invalid) and the form keeps what she typed.
 */
import { html } from 'hono/html';
import type {
  FacilitatorField,
  FacilitatorForm,
  FieldError,
  GroupField,
  GroupForm,
  GroupFormChoices,
  ProgrammeField,
  ProgrammeForm,
  RegionField,
  RegionForm,
} from '../../modules/programmes/onboarding.service.ts';
import type { Programme } from '../../modules/programmes/programmes.service.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';

const STYLE = `
form.setup{display:grid;gap:.75rem;max-width:36rem}form.setup .f{display:grid;gap:.25rem}
form.setup input:not([type=checkbox]),form.setup select{width:100%;font:inherit;padding:.5rem;border:1px solid #9aa59e;border-radius:6px;background:#fff}
form.setup [aria-invalid=true]{border-color:#a3261b;outline:1px solid #a3261b}
fieldset{border:1px solid #dde2dc;border-radius:8px;padding:.5rem .8rem;margin:0;background:#fff;display:grid;gap:.5rem}legend{font-weight:600}
.checks{display:flex;flex-wrap:wrap;gap:.3rem 1rem}.checks label{font-weight:400}
.hint{font-size:.85rem;color:#46524b;margin:0}.ferr{color:#a3261b;font-weight:600;font-size:.9rem;margin:0}
`;

export interface FormFrame {
  header: Fragment;
  csrf: string;
}

/** One field's refusal, or nothing; `id` is what the field's aria-describedby names. */
function fieldError<F extends string>(t: ConsoleTexts, error: FieldError<F> | undefined, field: F): Fragment | '' {
  return error?.field === field ? html`<p class="ferr" id="err-${field}" data-k="error" data-field="${field}" data-value="${error.code}">${t.onboarding.errors[error.code]}</p>` : '';
}
const invalid = <F extends string>(error: FieldError<F> | undefined, field: F, hint?: string) => {
  const ids = [hint, error?.field === field ? `err-${field}` : undefined].filter(Boolean).join(' ');
  return html`${ids ? html` aria-describedby="${ids}"` : ''}${error?.field === field ? html` aria-invalid="true"` : ''}`;
};

function textField<F extends string>(t: ConsoleTexts, error: FieldError<F> | undefined, o: { field: F; label: string; value: string; optional?: boolean; hint?: string; inputmode?: string; required?: boolean }): Fragment {
  const hintId = o.hint ? `hint-${o.field}` : undefined;
  return html`<div class="f"><label for="f-${o.field}">${o.label}${o.optional ? html` <span class="hint">${t.onboarding.optional}</span>` : ''}</label>
${o.hint ? html`<p class="hint" id="${hintId}">${o.hint}</p>` : ''}
<input id="f-${o.field}" name="${o.field}" value="${o.value}" maxlength="120"${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}${o.required ? html` required` : ''}${invalid(error, o.field, hintId)}>
${fieldError(t, error, o.field)}</div>`;
}

function frame(t: ConsoleTexts, f: FormFrame, title: string, action: string, fields: Fragment, notice?: string, afterNotice: Fragment | '' = ''): Fragment {
  const body = html`<h1>${title}</h1>
${notice ? html`<p class="note" role="status" data-k="notice">${notice}</p>` : ''}${afterNotice}
<form method="post" action="${action}" class="setup" novalidate>
<input type="hidden" name="csrf" value="${f.csrf}">
${fields}
<p><button type="submit" class="btn" data-k="save">${t.onboarding.save}</button></p>
</form>
<p><a href="/kelompok">${t.onboarding.backToGroups}</a></p>`;
  return page(t, { title, header: f.header, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(action)}`, style: STYLE });
}

export function programmeFormPage(t: ConsoleTexts, f: FormFrame, input: ProgrammeForm, error?: FieldError<ProgrammeField>): Fragment {
  const F = t.onboarding.fields;
  return frame(
    t,
    f,
    t.onboarding.newProgramme,
    '/program/baru',
    html`${textField(t, error, { field: 'name', label: F.programmeName, value: input.name, required: true })}
${textField(t, error, { field: 'partner', label: F.partner, value: input.partner, optional: true })}`,
  );
}

function programmeSelect<F extends string>(t: ConsoleTexts, error: FieldError<F> | undefined, field: F, programmes: readonly Programme[], value: string): Fragment {
  return html`<div class="f"><label for="f-${field}">${t.onboarding.fields.programme}</label>
<select id="f-${field}" name="${field}"${invalid(error, field)}>
${programmes.length > 1 ? html`<option value="">—</option>` : ''}
${programmes.map((p) => html`<option value="${String(p.id)}"${value === String(p.id) ? html` selected` : ''}>${p.name}</option>`)}
</select>${fieldError(t, error, field)}</div>`;
}

export function regionFormPage(t: ConsoleTexts, f: FormFrame, programmes: readonly Programme[], input: RegionForm, error?: FieldError<RegionField>): Fragment {
  const F = t.onboarding.fields;
  return frame(
    t,
    f,
    t.onboarding.newRegion,
    '/wilayah/baru',
    html`${programmeSelect(t, error, 'programmeId', programmes, input.programmeId)}
${textField(t, error, { field: 'kabupaten', label: F.kabupaten, value: input.kabupaten, required: true })}
${textField(t, error, { field: 'kecamatan', label: F.kecamatan, value: input.kecamatan, optional: true })}`,
  );
}

function contactFields<F extends string>(t: ConsoleTexts, error: FieldError<F> | undefined, names: { name: F; phone: F; telegram: F }, input: FacilitatorForm): Fragment {
  const F = t.onboarding.fields;
  return html`${textField(t, error, { field: names.name, label: F.facilitatorName, value: input.name })}
${textField(t, error, { field: names.phone, label: F.phone, value: input.phone, hint: F.phoneHint, inputmode: 'tel' })}
${textField(t, error, { field: names.telegram, label: F.telegram, value: input.telegram, hint: F.telegramHint })}`;
}

export function facilitatorFormPage(t: ConsoleTexts, f: FormFrame, input: FacilitatorForm, error?: FieldError<FacilitatorField>): Fragment {
  return frame(t, f, t.onboarding.newFacilitator, '/pendamping/baru', contactFields(t, error, { name: 'name', phone: 'phone', telegram: 'telegram' }, input));
}

/** `loginFor`: the person id of the facilitator just added (?orang=…), offered a one-time login link under the notice. */
export function groupFormPage(
  t: ConsoleTexts,
  f: FormFrame,
  c: GroupFormChoices,
  input: GroupForm,
  error?: FieldError<GroupField>,
  made?: 'programme' | 'region' | 'facilitator',
  loginFor?: number,
): Fragment {
  const F = t.onboarding.fields;
  const programmeName = new Map(c.programmes.map((p) => [p.id, p.name]));
  const zones = ['WIB', 'WITA', 'WIT'] as const;
  const fields = html`${textField(t, error, { field: 'name', label: F.groupName, value: input.name, required: true })}
<fieldset${invalid(error, 'trades')}><legend>${F.trades}</legend><div class="checks">
${c.trades.map((tr) => html`<label><input type="checkbox" name="trades" value="${tr.code}"${input.trades.includes(tr.code) ? html` checked` : ''}> ${t.lang === 'en' ? tr.name_en : tr.name_id}</label>`)}
</div>${fieldError(t, error, 'trades')}</fieldset>
${textField(t, error, { field: 'village', label: F.village, value: input.village, optional: true })}
${textField(t, error, { field: 'district', label: F.district, value: input.district, optional: true })}
${programmeSelect(t, error, 'programmeId', c.programmes, input.programmeId)}
<div class="f"><label for="f-regionId">${F.region}</label>
<select id="f-regionId" name="regionId"${invalid(error, 'regionId')}><option value="">${F.noRegion}</option>
${c.regions.map(
  (r) =>
    html`<option value="${String(r.id)}"${input.regionId === String(r.id) ? html` selected` : ''}>${r.kabupaten}${r.kecamatan ? ` · ${r.kecamatan}` : ''}${c.programmes.length > 1 ? ` (${programmeName.get(r.programmeId) ?? ''})` : ''}</option>`,
)}
</select>${fieldError(t, error, 'regionId')}</div>
<div class="f"><label for="f-timeZone">${F.timeZone}</label>
<select id="f-timeZone" name="timeZone"${invalid(error, 'timeZone')}>${zones.map((z) => html`<option value="${z}"${input.timeZone === z ? html` selected` : ''}>${F.timeZones[z]}</option>`)}</select>
${fieldError(t, error, 'timeZone')}</div>
<div class="f"><label for="f-facilitatorId">${F.facilitator}</label>
<select id="f-facilitatorId" name="facilitatorId"${invalid(error, 'facilitatorId')}><option value="">${F.chooseFacilitator}</option>
${c.facilitators.map((p) => html`<option value="${String(p.id)}"${input.facilitatorId === String(p.id) ? html` selected` : ''}>${p.name}</option>`)}
<option value="baru"${input.facilitatorId === 'baru' ? html` selected` : ''}>${F.newFacilitatorOption}</option>
</select>${fieldError(t, error, 'facilitatorId')}</div>
<fieldset><legend>${F.newFacilitatorLegend}</legend><p class="hint">${F.newFacilitatorHint}</p>
${contactFields(t, error, { name: 'facilitatorName', phone: 'facilitatorPhone', telegram: 'facilitatorTelegram' }, { name: input.facilitatorName, phone: input.facilitatorPhone, telegram: input.facilitatorTelegram })}
</fieldset>`;
  const offer = made === 'facilitator' && !error && loginFor !== undefined ? html`<p><a class="btn" href="/staf/${String(loginFor)}/tautan-masuk" data-k="login-link-offer">${t.onboarding.loginLink.offer}</a></p>` : '';
  return frame(t, f, t.onboarding.newGroup, '/kelompok/baru', fields, made && !error ? t.onboarding.made[made] : undefined, offer);
}
