/**
 * Small talk: a whole message that only greets, thanks, acknowledges or says yes/no
 * ("halo bu", "assalamualaikum", "makasih ya", "oke siap", "👍", "iya"). It carries no
 * record and no command, so it is answered with a short warm line in a private chat and
 * left alone in a group, never with "not understood". Pure: words only, no state.
 *
 * A message counts only when EVERY word is one of these (or a filler such as "bu", "ya",
 * "juga"): "selamat pagi, besok kumpul jam 9" is not small talk.
 */
import { ACK_WORDS, FILLER_WORDS, NO_WORDS, YES_WORDS } from './confirmation.ts';

export type DayPart = 'pagi' | 'siang' | 'sore' | 'malam';

export type SmallTalk =
  | { kind: 'salam' }
  | { kind: 'thanks' }
  | { kind: 'greeting'; part: DayPart | null }
  | { kind: 'ack' }
  /** A bare "ya"/"tidak": an answer, though perhaps to a question no longer open. */
  | { kind: 'answer'; answer: 'yes' | 'no' };

const DAY_PARTS: ReadonlySet<string> = new Set(['pagi', 'siang', 'sore', 'malam']);
const GREETINGS = new Set(['halo', 'hallo', 'haloo', 'helo', 'hello', 'hai', 'haii', 'hi', 'hey', 'hay', 'selamat', 'slmt', 'met', 'permisi', 'punten', 'salam', 'sugeng', 'good', 'morning', 'afternoon', 'evening']);
const THANKS = new Set(['makasih', 'makasi', 'makasii', 'mksh', 'mks', 'trims', 'trimakasih', 'terimakasih', 'terima', 'kasih', 'thanks', 'thank', 'thx', 'tq', 'ty', 'tengkyu', 'nuhun', 'hatur', 'matur', 'nuwun', 'suwun']);
const ACKS = new Set([...ACK_WORDS, 'baik', 'baiklah', 'noted', 'mantap', 'mantab', 'mantul', 'okeh', 'okk', 'sippp']);
/** Pictures that mean "thanks", "ok" or "nice": alone, an acknowledgement. */
const KIND_EMOJI: ReadonlySet<string> = new Set(
  [0x1f44d, 0x1f44c, 0x1f64f, 0x2764, 0x2665, 0x1f60a, 0x1f642, 0x1f601, 0x1f600, 0x1f604, 0x263a, 0x1f970, 0x1f60d, 0x1f917, 0x1f44f, 0x1f4aa,
    0x2705, 0x2714, 0x1f338, 0x1f339, 0x1f490, 0x1f91d, 0x1faf6, 0x1f607].map((c) => String.fromCodePoint(c)),
);
/** Skin tones, the emoji presentation selector, joiners: parts of the pictures above. */
const EMOJI_PARTS = /[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D/gu;

/** "assalamualaikum", "assalamu'alaikum", "asw", "aslm", "askum" and their spellings. */
function isSalam(word: string): boolean {
  return /^a?s+a?lam+u?a?l+aik(?:u|o)m+$/.test(word) || /^(?:asw|aslm|askum|assalamu|ass|samlekom)$/.test(word) || /^w?a?s+alamualaikum$/.test(word);
}

export function smallTalk(raw: string): SmallTalk | null {
  if (raw.length > 120 || /\d/.test(raw)) return null;
  const text = raw.normalize('NFC').toLowerCase().replace(/['’`]/g, '');
  let pictures = 0;
  let rest = '';
  for (const c of text.replace(EMOJI_PARTS, '')) {
    if (KIND_EMOJI.has(c)) {
      pictures += 1;
      rest += ' ';
    } else rest += c;
  }
  // Any other picture or symbol (😢, 💸, a link): not for a stock answer.
  if (/[^\p{L}\s.,!?~-]/u.test(rest)) return null;
  const words = rest.split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length === 0) return pictures > 0 ? { kind: 'ack' } : null;
  if (words.length > 8) return null;

  let salam = false;
  let thanks = false;
  let greeting = false;
  let part: DayPart | null = null;
  let ack = false;
  let yes = false;
  let no = false;
  for (const w of words) {
    if (isSalam(w)) salam = true;
    else if (THANKS.has(w)) thanks = true;
    else if (DAY_PARTS.has(w)) {
      greeting = true;
      part = w as DayPart;
    } else if (GREETINGS.has(w)) greeting = true;
    else if (ACKS.has(w)) ack = true;
    else if (YES_WORDS.has(w)) yes = true;
    else if (NO_WORDS.has(w)) no = true;
    else if (!FILLER_WORDS.has(w)) return null;
  }
  // "terima" or "selamat" alone are not a whole thought. ("ya" is read as a yes before it is a filler.)
  if (thanks && words.length === 1 && words[0] === 'terima') return null;
  if (salam) return { kind: 'salam' };
  if (thanks) return { kind: 'thanks' };
  if (greeting) return words.length === 1 && words[0] === 'selamat' ? null : { kind: 'greeting', part };
  if (ack || pictures > 0) return yes || no ? answerOf(yes, no) ?? { kind: 'ack' } : { kind: 'ack' };
  if (yes || no) return answerOf(yes, no);
  // Only fillers ("juga bu"): nothing said.
  return null;
}

/** A clear yes or a clear no; both at once ("iya tidak") is no answer. */
function answerOf(yes: boolean, no: boolean): SmallTalk | null {
  if (yes === no) return null;
  return { kind: 'answer', answer: yes ? 'yes' : 'no' };
}
