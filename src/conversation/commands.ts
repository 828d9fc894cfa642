/**
 * Commands for onboarding, roles and consent ("/gabung KODE", "/peran @ani bendahara",
 * "BERHENTI"). They have a fixed shape, so they are matched here before the free-text
 * parser sees the message.
 */

export type Command =
  | { name: 'join'; code: string | null }
  | { name: 'link'; code: string | null }
  | { name: 'role'; member: string | null; role: string | null; group: string | null }
  | { name: 'members'; group: string | null }
  | { name: 'not_recorded'; group: string | null }
  | { name: 'opt_out' }
  | { name: 'opt_in' }
  | { name: 'start' };

const SLASH = /^\/([a-z_]+)(?:@[a-z0-9_]+)?(?:\s+([\s\S]*))?$/i;

function rest(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

export function matchCommand(raw: string): Command | null {
  const text = raw.trim();
  if (text.length > 300) return null;
  const slash = SLASH.exec(text);
  const [name, args] = slash ? [slash[1]!.toLowerCase(), rest(slash[2] ?? '')] : [null, ''];

  // Whole-message keywords, with or without a slash: consent must be easy to find.
  const word = text.toLowerCase().replace(/[.!]+$/, '');
  if (['berhenti', 'stop', '/berhenti', '/stop'].includes(word)) return { name: 'opt_out' };
  if (['mulai', '/mulai'].includes(word) || word === 'start') return { name: 'opt_in' };
  if (name === 'start') return { name: 'start' };

  const plainJoin = /^gabung(?:\s+(\S+))?$/i.exec(text);
  if (name === 'gabung' || plainJoin) {
    const code = slash ? args.split(' ')[0] || null : (plainJoin?.[1] ?? null);
    return { name: 'join', code };
  }
  if (name === 'hubungkan') return { name: 'link', code: args.split(' ')[0] || null };
  if (name === 'peran') {
    // "/peran @ani bendahara" or "/peran Ani Lestari bendahara": the role is the last word.
    const words = args ? args.split(' ') : [];
    const role = words.length >= 2 ? words.at(-1)!.toLowerCase() : null;
    const member = words.length >= 2 ? words.slice(0, -1).join(' ') : words[0] ?? null;
    return { name: 'role', member, role, group: null };
  }
  if (name === 'anggota') return { name: 'members', group: args || null };
  if (name === 'belum') return { name: 'not_recorded', group: args || null };
  return null;
}
