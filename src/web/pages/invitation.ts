/**
 * A group's printable invitation (/kelompok/:id/undangan): its name, its join code in large
 * type, a QR code per chat the deployment has (each the link that joins her in one tap), and
 * short steps for members in Indonesian (the sheet is for them, whatever the console's
 * language). The QR codes are inline SVG drawn by `qrcode` here: no outside asset; the one script
 * is the Cetak button's (print-script.ts), and the page needs none of it.
 * Printed on A4 without the console's header; on screen it keeps the header.
 */
import { html, raw } from 'hono/html';
import QRCode from 'qrcode';
import { joinWords, type JoinLink } from '../../modules/groups/invitation.ts';
import type { ConsoleTexts } from '../texts.ts';
import { invitationSteps } from '../texts/onboarding.ts';
import { page, printButton, type Fragment } from './layout.ts';

const STYLE = `
.sheet{background:#fff;border:1px solid #dde2dc;border-radius:8px;padding:1rem;max-width:48rem}
.sheet h1{font-size:1.6rem;margin:0 0 .3rem}.intro{margin:0 0 .8rem}
.joincode{font:700 3rem/1.1 ui-monospace,Menlo,Consolas,monospace;letter-spacing:.2em;margin:.2rem 0 1rem;overflow-wrap:anywhere}
.ways{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr))}
.way{border:1px solid #dde2dc;border-radius:8px;padding:.8rem;break-inside:avoid}.way h2{font-size:1.15rem;margin:0 0 .4rem}
.qr{width:100%;max-width:14rem;margin:0 auto .5rem}.qr svg{display:block;width:100%;height:auto}
.way ol{margin:.3rem 0 0;padding-left:1.3rem}.way li{margin:.2rem 0}.url{font-size:.8rem;overflow-wrap:anywhere;color:#46524b}
.noprint{margin:1rem 0}
@page{size:A4;margin:15mm}
@media print{header,.noprint{display:none}body{background:#fff}main{padding:0;max-width:none}.sheet{border:0;padding:0;max-width:none}.way{border-color:#999}}
`;

export interface InvitationView {
  header: Fragment;
  group: { id: number; name: string; joinCode: string };
  links: readonly JoinLink[];
}

/** The QR code of a link as inline SVG markup (qrcode's own, deterministic for the same text). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export async function invitationPage(t: ConsoleTexts, v: InvitationView): Promise<Fragment> {
  const I = t.onboarding.invitation;
  const code = v.group.joinCode;
  const ways = await Promise.all(
    v.links.map(async (l) => {
      const label = l.platform === 'telegram' ? I.telegram : I.whatsapp;
      const name = l.platform === 'telegram' ? 'Telegram' : 'WhatsApp';
      return html`<section class="way" data-k="way" data-platform="${l.platform}" aria-labelledby="way-${l.platform}">
<h2 id="way-${l.platform}">${label}</h2>
<div class="qr" role="img" aria-label="${I.qrAlt(name)}" data-k="qr" data-url="${l.url}">${raw(await qrSvg(l.url))}</div>
<ol lang="id">${invitationSteps(l.platform, code, l.handle).map((s) => html`<li>${s}</li>`)}</ol>
<p class="url">${l.url}</p>
</section>`;
    }),
  );
  const body = html`<article class="sheet" data-k="invitation">
<h1>${v.group.name}</h1>
<p class="intro" lang="id">${I.intro}</p>
<p class="hint">${I.codeLabel}</p>
<p class="joincode" data-k="join-code" data-value="${code}">${code}</p>
${v.links.length ? html`<div class="ways">${ways}</div>` : html`<p class="note" data-k="no-channel">${I.noChannel} (${joinWords(code)})</p>`}
</article>
<p class="noprint">${printButton(I.print)} <a href="/kelompok/${String(v.group.id)}">${I.back}</a></p>`;
  return page(t, { title: `${I.heading} · ${v.group.name}`, header: v.header, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(`/kelompok/${v.group.id}/undangan`)}`, style: STYLE, printButton: true });
}
