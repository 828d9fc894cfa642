/**
 * Long messages cut into parts each platform accepts. Telegram refuses a text over 4,096
 * characters and a caption over 1,024 (a 400, which is final), so a long list (`/anggota` of
 * a big group) would be lost whole; it goes instead as several messages, in order, cut at
 * line ends (at spaces inside a line longer than a part, and only as a last resort inside
 * a word). Lengths are counted as the platforms count them: in UTF-16 code units, which is
 * what a JavaScript string's `length` is, and a cut never separates a surrogate pair.
 */
import type { OutboundMessage, Platform } from './messages.ts';

export interface MessageLimits {
  /** The longest text message. */
  text: number;
  /** The longest caption under a photo, a document or forwarded media. */
  caption: number;
}

/**
 * Telegram: its documented limits. WhatsApp: its apps take up to 65,536 characters, but
 * WhatsApp's own Business API caps a text at 4,096 and a caption at 1,024, and a text much
 * longer is folded behind "Read more" on a phone: the same limits as Telegram are safe
 * and readable. The console prints anything.
 */
export const MESSAGE_LIMITS: Readonly<Record<Platform, MessageLimits>> = {
  telegram: { text: 4096, caption: 1024 },
  whatsapp: { text: 4096, caption: 1024 },
  console: { text: Number.POSITIVE_INFINITY, caption: Number.POSITIVE_INFINITY },
};

/**
 * `text` cut into parts of at most `limit` code units (`firstLimit` for the first part),
 * joined back by the line breaks they were cut at. Blank lines where a cut falls are
 * dropped (a platform refuses an empty message); nothing else is lost.
 */
export function splitText(text: string, limit: number, firstLimit: number = limit): string[] {
  const limitOf = (part: number) => (part === 0 ? firstLimit : limit);
  const parts: string[] = [];
  let current: string | null = null;
  const close = () => {
    if (current !== null && current.trim() !== '') parts.push(current);
    current = null;
  };
  for (const line of text.split('\n')) {
    if (current === null && line.trim() === '') continue; // no part starts with a blank line
    const joined: string = current === null ? line : `${current}\n${line}`;
    if (joined.length <= limitOf(parts.length)) {
      current = joined;
      continue;
    }
    close();
    let rest = line;
    while (rest.length > limitOf(parts.length)) {
      const cut = cutPoint(rest, limitOf(parts.length));
      current = rest.slice(0, cut).trimEnd();
      close();
      rest = rest.slice(cut).trimStart();
    }
    current = rest === '' ? null : rest;
  }
  close();
  return parts.map((part) => part.replace(/\n+$/, ''));
}

/** Where to cut a line longer than `limit`: after the last space that keeps the piece short enough, else at the limit. */
function cutPoint(line: string, limit: number): number {
  const space = line.lastIndexOf(' ', limit);
  if (space > 0 && line.slice(0, space).trim() !== '') return space;
  // No space to cut at: cut inside the word, but never between the halves of a surrogate pair.
  const code = line.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The words a message shows: a photo's or document's own caption when it has one, else its text. */
function shownText(message: OutboundMessage): string {
  return message.image?.caption ?? message.document?.caption ?? message.text;
}

/**
 * A message as the parts its platform accepts, in sending order; a message that fits is
 * returned as it is, alone. The first part quotes what the message quoted and carries its
 * photo, document or media with as much of the words as fit in a caption; the words left
 * follow as plain text messages; the buttons go with the last part, under the words they
 * answer. Every part keeps the message's chat and priority (`bulk`).
 */
export function partsOf(message: OutboundMessage): OutboundMessage[] {
  const limits = MESSAGE_LIMITS[message.platform];
  const attached = Boolean(message.image || message.chart || message.document || message.media);
  const words = shownText(message);
  // Nearly every message fits: then it goes as it is, and splitting it would find one part
  // anyway (each part splitText tries is a piece of the words, so no longer than they are).
  // Checked first: splitting was a reply's costliest step in the inbound profile.
  if (words.length <= (attached ? limits.caption : limits.text)) return [message];
  const chunks = attached ? splitText(words, limits.text, limits.caption) : splitText(words, limits.text);
  if (chunks.length === 0) return [message];
  const { buttons, replyToMessageId: _quote, image, chart: _chart, document, media: _media, text: _text, ...common } = message;
  const first: OutboundMessage = {
    ...message,
    text: chunks[0]!,
    ...(image ? { image: { ...image, caption: chunks[0]! } } : {}),
    ...(document ? { document: { ...document, caption: chunks[0]! } } : {}),
  };
  if (chunks.length > 1) delete first.buttons;
  const rest = chunks.slice(1).map((text): OutboundMessage => ({ ...common, text }));
  const last = rest.at(-1);
  if (last && buttons) last.buttons = buttons;
  return [first, ...rest];
}
