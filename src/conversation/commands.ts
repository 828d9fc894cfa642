/**
 * Commands for onboarding, roles and consent ("/gabung KODE", "/peran @ani bendahara",
 * "BERHENTI"). They have a fixed shape, so they are matched here before the free-text
 * parser sees the message.
 */

/**
 * Commands of facilitators and programme staff, not of a member keeping her books: a first
 * private message that is one of these gets only its answer, not the member's welcome
 * ("teman catat jualan…"), which would only confuse a manager asking for /masuk.
 */
const STAFF_COMMANDS: ReadonlySet<Command['name']> = new Set([
  'console_login',
  'link',
  'role',
  'members',
  'not_recorded',
  'lead_new',
  'lead_close',
  'lead_award',
  'confirm_payment',
  'group_recap',
  'quarterly_report',
]);

export function isStaffCommand(command: Command | null): boolean {
  return command !== null && STAFF_COMMANDS.has(command.name);
}

export type Command =
  | { name: 'join'; code: string | null }
  | { name: 'link'; code: string | null }
  | { name: 'role'; member: string | null; role: string | null; group: string | null }
  | { name: 'members'; group: string | null }
  | { name: 'not_recorded'; group: string | null }
  | { name: 'opt_out' }
  | { name: 'opt_in' }
  | { name: 'start' }
  // The web console's one-time login link and code: "/masuk" (also "/login", "/konsol").
  | { name: 'console_login' }
  | { name: 'lead_new'; form: string | null }
  | { name: 'lead_show'; code: string }
  | { name: 'lead_close'; code: string | null }
  | { name: 'lead_award'; code: string | null; member: string | null; quantity: number | null }
  | { name: 'lead_list' }
  | { name: 'confirm_payment'; paymentId: number | null }
  | { name: 'loan_status' }
  | { name: 'chart'; period: 'week' | 'month' }
  // Exports: "/ekspor [kelompok] [dari] [sampai]"; the words are read by the export flow.
  | { name: 'export'; args: string }
  // Group recap and quarterly report: "/rekap_kelompok bulan Melati", "/laporan_kuartal 2026Q4 Melati".
  | { name: 'group_recap'; period: 'week' | 'month'; group: string | null }
  | { name: 'quarterly_report'; quarter: string | null; group: string | null }
  // Group price list: "/harga" alone lists it; "/harga emping 80rb/kg" is the parser's set_price.
  | { name: 'price_list' }
  // A name: "/nama Siti", "nama saya Siti" (her own; `plain` when typed without a slash), or a
  // facilitator's "/nama @ani Siti", "/nama Ani Lestari jadi Siti Aminah" (a member's).
  | { name: 'rename'; member: string | null; newName: string | null; plain: boolean }
  // "/nomor": the button that shares her own phone number (Telegram), to join her records to
  // the member her facilitator added by phone.
  | { name: 'share_phone' };

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
  // "/start MLT4K9": what Telegram sends when she opens a group's invitation link
  // (t.me/<bot>?start=<join code>, src/modules/groups/invitation.ts): joining with that code.
  if (name === 'start') return args ? { name: 'join', code: args.split(' ')[0]! } : { name: 'start' };
  if (name === 'masuk' || name === 'login' || name === 'konsol') return { name: 'console_login' };

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
  if (name === 'peluang') {
    // "/peluang P12" shows a lead; anything else starts one (guided, or the one-message form).
    if (/^p\d+$/i.test(args)) return { name: 'lead_show', code: args.toUpperCase() };
    return { name: 'lead_new', form: args || null };
  }
  if (name === 'peluangku') return { name: 'lead_list' };
  if (name === 'tutup') return { name: 'lead_close', code: /^p\d+$/i.test(args.split(' ')[0] ?? '') ? args.split(' ')[0]!.toUpperCase() : null };
  if (name === 'pilih') {
    // "/pilih P12 @ani 100"
    const words = args ? args.split(' ') : [];
    const code = /^p\d+$/i.test(words[0] ?? '') ? words[0]!.toUpperCase() : null;
    const last = words.at(-1) ?? '';
    const quantity = /^\d{1,7}$/.test(last) ? Number(last) : null;
    const member = words.slice(1, quantity === null ? undefined : -1).join(' ') || null;
    return { name: 'lead_award', code, member, quantity };
  }
  if (name === 'konfirmasi') return { name: 'confirm_payment', paymentId: /^\d{1,12}$/.test(args) ? Number(args) : null };
  if (name === 'cicilan' || name === 'angsuran' || name === 'pinjaman') return { name: 'loan_status' };
  // "grafik", "/grafik bulan": a chart of this week (default) or this month.
  const plainChart = /^grafik(?:\s+(minggu|bulan)(?:\s+ini)?)?$/i.exec(text);
  if (name === 'grafik' || plainChart) {
    const monthly = slash ? /^bulan\b/i.test(args) : plainChart?.[1]?.toLowerCase() === 'bulan';
    return { name: 'chart', period: monthly ? 'month' : 'week' };
  }
  // "/rekap_kelompok [minggu|bulan] [kelompok]", "rekap kelompok bulan ini".
  const plainGroupRecap = /^rekap\s+kelompok(?:\s+([\s\S]*))?$/i.exec(text);
  if (name === 'rekap_kelompok' || plainGroupRecap) {
    const words = (slash ? args : rest(plainGroupRecap?.[1] ?? '')).split(' ').filter(Boolean);
    const first = words[0]?.toLowerCase();
    const period = first === 'bulan' ? 'month' : 'week';
    if (first === 'bulan' || first === 'minggu') words.shift();
    if (words[0]?.toLowerCase() === 'ini') words.shift();
    return { name: 'group_recap', period, group: words.join(' ') || null };
  }
  if (name === 'laporan_kuartal' || name === 'laporan_triwulan') {
    // The quarter ("2026Q4", "Q4", "Q4 2026", or "4", "4 2026" as the replies teach it: "triwulan 4")
    // comes first when given; the rest names the group.
    const m = /^((?:\d{4}\s?-?q[1-4])|(?:q?[1-4](?:\s+\d{4})?))(?:\s+([\s\S]*))?$/i.exec(args);
    return m ? { name: 'quarterly_report', quarter: m[1]!, group: m[2] || null } : { name: 'quarterly_report', quarter: null, group: args || null };
  }
  if (name === 'ekspor' || name === 'export') return { name: 'export', args };
  if (name === 'anggota') return { name: 'members', group: args || null };
  if (name === 'belum') return { name: 'not_recorded', group: args || null };
  if (name === 'nomor' || name === 'nomorhp' || name === 'nomor_hp' || name === 'hp') return { name: 'share_phone' };
  if (name === 'nama' || name === 'ubahnama' || name === 'ubah_nama' || name === 'gantinama' || name === 'ganti_nama') return renameCommand(args);
  const plainName = /^(?:nama\s+(?:saya|aku|sy|ku)|namaku|panggil\s+(?:saja\s+)?(?:saya|aku))\b\s*:?\s*([\s\S]*)$/i.exec(text);
  // Without a slash, only a name alone (a few words, no digits): "nama saya Siti, laku 3 bros
  // 45rb" and "nama saya Siti saya jualan kue dari rumah" are left to the parser.
  if (plainName && !/\d/.test(plainName[1] ?? '') && rest(plainName[1] ?? '').split(' ').length <= 4) return { name: 'rename', member: null, newName: rest(plainName[1] ?? '') || null, plain: true };
  if ((name === 'harga' && !args) || /^(?:daftar\s+)?harga(?:\s+kelompok)?$/i.test(text)) return { name: 'price_list' };
  return null;
}

/** "/nama Siti", "/nama @ani Siti", "/nama Ani Lestari jadi Siti Aminah". */
function renameCommand(args: string): Command {
  const into = /^(.+?)\s+(?:jadi|menjadi|->|=>|=)\s+(.+)$/i.exec(args);
  if (into) return { name: 'rename', member: into[1]!, newName: into[2]!, plain: false };
  // "@ani Siti": the mention is one word ("@Ani_Lestari" for two).
  const mention = /^@(\S+)(?:\s+(.+))?$/.exec(args);
  if (mention) return { name: 'rename', member: mention[1]!.replace(/_/g, ' '), newName: mention[2] ?? null, plain: false };
  return { name: 'rename', member: null, newName: args || null, plain: false };
}
