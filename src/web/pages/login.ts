/** The login page (ask for a code, type the code) and the one-time link's page. */
import { html } from 'hono/html';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';

export type LoginNotice = 'sent' | 'wrongCode' | 'rateLimited' | 'noRole' | 'badLink' | 'expired' | 'loggedOut';

const isError = (n: LoginNotice) => n !== 'sent' && n !== 'loggedOut';

export function loginPage(t: ConsoleTexts, csrf: string, notice?: LoginNotice): Fragment {
  const body = html`<h1>${t.login.heading}</h1>
<p>${t.login.intro}</p>
${notice ? html`<p class="note${isError(notice) ? ' err' : ''}" role="status" data-k="notice-${notice}">${t.login[notice]}</p>` : ''}
<p>${t.login.viaChat}</p>
<form class="stack" method="post" action="/masuk/kode">
<input type="hidden" name="csrf" value="${csrf}">
<label for="code">${t.login.codeLabel}</label>
<input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 -]{6,9}" maxlength="9" required>
<button class="btn" type="submit">${t.login.enter}</button>
</form>
<hr>
<form class="stack" method="post" action="/masuk/kirim-kode">
<input type="hidden" name="csrf" value="${csrf}">
<label for="contact">${t.login.phoneLabel}</label>
<input id="contact" name="contact" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" maxlength="40" required>
<button class="btn" type="submit">${t.login.sendCode}</button>
</form>`;
  return page(t, { title: t.login.heading, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=/masuk` });
}

/** What the link in the chat opens: a button, so a link preview fetching the page uses nothing. */
export function linkPage(t: ConsoleTexts, csrf: string, token: string, live: boolean): Fragment {
  const body = live
    ? html`<h1>${t.login.linkHeading}</h1>
<form class="stack" method="post" action="/masuk/tautan">
<input type="hidden" name="csrf" value="${csrf}"><input type="hidden" name="token" value="${token}">
<button class="btn" type="submit">${t.login.linkButton}</button>
</form>`
    : html`<h1>${t.login.linkHeading}</h1><p class="note err" data-k="notice-badLink">${t.login.badLink}</p><p><a href="/masuk">${t.login.heading}</a></p>`;
  return page(t, { title: t.login.linkHeading, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=/masuk/tautan/${token}` });
}
