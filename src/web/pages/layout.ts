/**
 * The page frame: one small inline stylesheet, no script, no outside assets, so a page is a
 * single request of a few kilobytes on a cheap phone. `html` escapes every interpolated
 * value; only other `html` fragments pass through as markup.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { ConsoleTexts } from '../texts.ts';

export type Fragment = HtmlEscapedString | Promise<HtmlEscapedString>;

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2520;background:#f5f6f3}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.75rem 1rem;background:#1f5f4a;color:#fff}
header a,header button{color:#fff}header .who{font-size:.9rem;opacity:.9}
header form{display:inline}header button{background:none;border:1px solid #fff8;border-radius:4px;padding:.2rem .6rem;font:inherit;cursor:pointer}
main{max-width:72rem;margin:0 auto;padding:1rem}h1{font-size:1.35rem;margin:.25rem 0 1rem}
.grid{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr))}
.card{background:#fff;border:1px solid #dde2dc;border-radius:8px;padding:.8rem 1rem}
.card h2{font-size:.95rem;font-weight:600;margin:0 0 .25rem;color:#3b4a42}
.num{font-size:1.6rem;font-weight:700;margin:0}.sub{margin:.1rem 0;color:#3b4a42}
details{margin-top:.4rem;font-size:.85rem;color:#46524b}summary{cursor:pointer;color:#1f5f4a}
form.stack{display:grid;gap:.5rem;max-width:22rem}label{font-weight:600}
input{font:inherit;padding:.55rem;border:1px solid #9aa59e;border-radius:6px}
.btn{font:inherit;padding:.6rem 1rem;border:0;border-radius:6px;background:#1f5f4a;color:#fff;cursor:pointer}
.note{padding:.6rem .8rem;border-radius:6px;background:#e8f1ec;margin:.5rem 0}.err{background:#fbe9e7}
`;

/** `style`: a page's own rules, added after the shared ones (still inline: the CSP allows no stylesheet file). */
export function page(t: ConsoleTexts, options: { title: string; header?: Fragment; body: Fragment; langHref: string; style?: string }): Fragment {
  return html`<!doctype html>
<html lang="${t.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${options.title} · ${t.title}</title><style>${raw(STYLE + (options.style ?? ''))}</style></head>
<body>
<header><strong>${t.title}</strong>${options.header ?? ''}<a href="${options.langHref}" lang="${t.otherLanguage.code}" data-k="lang-switch">${t.otherLanguage.label}</a></header>
<main>${options.body}</main>
</body></html>`;
}
