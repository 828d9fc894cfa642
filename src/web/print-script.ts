/**
 * The console's one script: it shows the "Cetak" (print) buttons of the printable pages and
 * makes them open the browser's print dialog. A page works whole without it — the button is
 * rendered `hidden` and the page says to use the browser's own Print menu — so a phone with
 * scripts off loses nothing but the shortcut.
 *
 * The console's CSP forbids inline script (`script-src 'self'`: console-app.ts), so it is a
 * file of its own, served by the console before login (it holds nothing personal) under a
 * name that carries a hash of its text: browsers keep it for a year, and a changed script is
 * a new name, never a stale copy.
 */
import { createHash } from 'node:crypto';

export const PRINT_SCRIPT = `"use strict";
document.querySelectorAll("button[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
`;

/** Where pages load it from: /js/cetak-<first 10 hex of its sha256>.js. */
export const PRINT_SCRIPT_PATH = `/js/cetak-${createHash('sha256').update(PRINT_SCRIPT).digest('hex').slice(0, 10)}.js`;

/** A year: the name changes with the text (see above). */
export const PRINT_SCRIPT_CACHE = 'public, max-age=31536000, immutable';
