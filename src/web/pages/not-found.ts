/**
 * The one "not found" page: a missing id and an id outside the viewer's scope answer the same
 * bytes with the same 404, so the console never tells whether someone exists elsewhere.
 */
import { html } from 'hono/html';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';

export function notFoundPage(t: ConsoleTexts): Fragment {
  const body = html`<h1 data-k="not-found">${t.notFound.heading}</h1><p>${t.notFound.text}</p><p><a href="/">${t.notFound.home}</a></p>`;
  return page(t, { title: t.notFound.heading, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=/` });
}
