/**
 * The page frame: one small inline stylesheet, no outside assets, so a page is a single
 * request of a few kilobytes on a cheap phone; no script but the print pages' one small file
 * (print-script.ts, kept by the browser for a year). `html` escapes every interpolated
 * value; only other `html` fragments pass through as markup.
 */
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { PRINT_SCRIPT_PATH } from '../print-script.ts';
import type { ConsoleTexts } from '../texts.ts';

export type Fragment = HtmlEscapedString | Promise<HtmlEscapedString>;

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2520;background:#f5f6f3}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;padding:.75rem 1rem;background:#1f5f4a;color:#fff}
header a,header button{color:#fff}header .who{font-size:.9rem;opacity:.9}
.nav{display:flex;flex-wrap:wrap;gap:.25rem .9rem;width:100%}.nav a[aria-current]{font-weight:700;text-decoration:none}
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
.card{position:relative}.more{margin:.4rem 0 0;font-size:.9rem}.more a{color:#1f5f4a}.more a::after{content:"";position:absolute;inset:0}
.card details{position:relative;z-index:1}.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
main a{color:#1f5f4a}.scroll{overflow-x:auto;margin:.5rem 0}
table{border-collapse:collapse;width:100%;background:#fff;font-size:.92rem}th,td{padding:.45rem .5rem;border-bottom:1px solid #dde2dc;text-align:left;vertical-align:top}
th{font-weight:600;color:#3b4a42}.n{text-align:right;white-space:nowrap}.risk{color:#a3261b;font-weight:600}
.tabs{display:flex;flex-wrap:wrap;gap:.5rem;margin:.75rem 0}.tabs a{padding:.35rem .8rem;border:1px solid #1f5f4a;border-radius:999px;text-decoration:none}
.tabs a[aria-current]{background:#1f5f4a;color:#fff}.pager{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin:.75rem 0}
.lead{background:#fff;border:1px solid #dde2dc;border-radius:8px;padding:.8rem 1rem;margin:.75rem 0}.lead h2{font-size:1rem;margin:0 0 .3rem}
.facts{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:.2rem 0;padding:0;list-style:none;color:#3b4a42}.badge{display:inline-block;padding:0 .5rem;border-radius:999px;background:#e8f1ec;font-size:.85rem}
dl.defs dt{font-weight:600;margin-top:.5rem}dl.defs dd{margin:0}
`;

/**
 * `style`: a page's own rules, added after the common ones (tables of one page stay out of
 * every other page's bytes). `refreshSeconds`: the browser reloads the page by itself (no
 * script: a page that waits on background work, such as a download being made).
 * `printButton`: the page holds a `printButton()` and loads the script that shows it.
 */
export function page(t: ConsoleTexts, options: { title: string; header?: Fragment; body: Fragment; langHref: string; style?: string; refreshSeconds?: number; printButton?: boolean }): Fragment {
  return html`<!doctype html>
<html lang="${t.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
${options.refreshSeconds ? html`<meta http-equiv="refresh" content="${String(options.refreshSeconds)}">` : ''}
<title>${options.title} · ${t.title}</title><style>${raw(STYLE + (options.style ?? ''))}</style>
${options.printButton ? html`<script src="${PRINT_SCRIPT_PATH}" defer></script>` : ''}</head>
<body>
<header><strong>${t.title}</strong>${options.header ?? ''}<a href="${options.langHref}" lang="${t.otherLanguage.code}" data-k="lang-switch">${t.otherLanguage.label}</a></header>
<main>${options.body}</main>
</body></html>`;
}

/**
 * "Cetak": opens the browser's print dialog. Rendered hidden, shown by the print script
 * (print-script.ts), so without scripts it is not there and the page's hint (the browser's
 * own Print menu) stands. The page passes `printButton: true` to page() to load the script.
 */
export function printButton(label: string): Fragment {
  return html`<button type="button" class="btn" data-print data-k="print" hidden>${label}</button>`;
}
