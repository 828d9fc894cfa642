/** "‹ Previous · Page 2 of 5 · Next ›" for long lists; nothing when everything fits one page. */
import { html } from 'hono/html';
import type { ConsoleTexts } from '../texts.ts';
import type { Fragment } from './layout.ts';

export function pager(t: ConsoleTexts, current: number, pages: number, hrefOf: (n: number) => string): Fragment | '' {
  if (pages <= 1 && current <= 1) return '';
  return html`<nav class="pager" aria-label="${t.pager.label}">
${current > 1 ? html`<a href="${hrefOf(Math.min(current - 1, pages))}" rel="prev" data-k="page-prev">${t.pager.previous}</a>` : ''}
<span data-k="page" data-value="${String(current)}">${t.pager.page(current, pages)}</span>
${current < pages ? html`<a href="${hrefOf(current + 1)}" rel="next" data-k="page-next">${t.pager.next}</a>` : ''}
</nav>`;
}
