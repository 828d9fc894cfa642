/** The header's right side on every page after login: who she is, as what, and the logout button. */
import { html } from 'hono/html';
import type { ConsoleTexts } from '../texts.ts';
import type { Fragment } from './layout.ts';

export function viewerHeader(t: ConsoleTexts, v: { who: string; roleLabel: string; csrf: string }): Fragment {
  return html`<span class="who" data-k="viewer">${v.who} · ${v.roleLabel}</span>
<form method="post" action="/keluar"><input type="hidden" name="csrf" value="${v.csrf}"><button type="submit">${t.logout}</button></form>`;
}
