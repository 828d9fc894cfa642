/**
 * A one-time console login for a staff member (/staf/:id/tautan-masuk): first a button that
 * makes it (a POST, so a link preview or a reload of the page makes none), then the link and
 * code, shown once, to hand over. The page that shows them is not cached.
 */
import { html } from 'hono/html';
import type { LoginLinkTarget } from '../../modules/programmes/login-link.service.ts';
import { formatInstant } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';

const STYLE = `.secret{font-family:ui-monospace,monospace;font-size:1.05rem;overflow-wrap:anywhere;background:#fff;border:1px solid #dde2dc;border-radius:6px;padding:.5rem}
.code{letter-spacing:.2em;font-size:1.4rem}`;

export interface LoginLinkFrame {
  header: Fragment;
  csrf: string;
  target: LoginLinkTarget;
  /** The viewer's time zone (the expiry is shown in it). */
  timeZone: string;
}

export function loginLinkPage(t: ConsoleTexts, f: LoginLinkFrame, made?: { url: string; code: string; expiresAt: Date }): Fragment {
  const L = t.onboarding.loginLink;
  const action = `/staf/${String(f.target.personId)}/tautan-masuk`;
  const shown = made
    ? html`<p class="note" role="status" data-k="notice">${L.made}</p>
<p><strong>${L.linkLabel}</strong></p><p class="secret" data-k="login-url">${made.url}</p>
<p><strong>${L.codeLabel}</strong></p><p class="secret code" data-k="login-code">${made.code}</p>
<p data-k="login-until">${L.until(formatInstant(made.expiresAt, f.timeZone, t.lang))}</p>
<p>${L.handOver}</p>`
    : html`<form method="post" action="${action}"><input type="hidden" name="csrf" value="${f.csrf}">
<p><button type="submit" class="btn" data-k="make-login-link">${L.make}</button></p></form>`;
  const body = html`<h1>${L.heading(f.target.name)}</h1>
<p>${L.why}</p>
${shown}
<p class="hint">${L.later}</p>
<p><a href="/kelompok">${L.back}</a></p>`;
  return page(t, { title: L.heading(f.target.name), header: f.header, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(action)}`, style: STYLE });
}
