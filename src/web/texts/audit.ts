import type { AuditKind } from '../../modules/audit/audit.ts';

/** The audit log (/audit): who did what and when, each row's "what" built from the source's short codes. */
export interface AuditTexts {
  heading: string;
  intro: string;
  kindLabel: string;
  all: string;
  kinds: Record<AuditKind, string>;
  show: string;
  when: string;
  who: string;
  what: string;
  about: string;
  none: string;
  older: string;
  newest: string;
  commandLine: string;
  unknownPerson: string;
  definition: string;
  /** One row's "what", from the source's short codes (see src/modules/audit). */
  onBehalf: (entryKind: string, amount: string) => string;
  refusal: (action: string, reason: string) => string;
  loginRefused: (how: string, outcome: string) => string;
  login: (how: string) => string;
  staffGranted: (role: string, programme: string | null) => string;
  staffEnded: (role: string, programme: string | null) => string;
  facilitatorAssigned: string;
  memberRole: (from: string, to: string) => string;
  joinCodeRotated: string;
  /** A loan given to a member (she is named beside it) or to the group itself. */
  loanGiven: (principal: string) => string;
  loanGivenToGroup: (principal: string) => string;
  entryKinds: Record<string, string>;
  actions: Record<string, string>;
  reasons: Record<string, string>;
  loginHow: Record<string, string>;
  loginOutcomes: Record<string, string>;
  staffRoles: Record<string, string>;
  memberRoles: Record<string, string>;
}

export const auditId: AuditTexts = {
  heading: 'Jejak kegiatan',
  intro: 'Siapa melakukan apa dan kapan: catatan atas nama anggota, penolakan, perubahan peran, penggantian kode gabung, pinjaman yang diberikan dan masuk konsol. Terbaru di atas.',
  kindLabel: 'Jenis',
  all: 'Semua',
  kinds: { on_behalf: 'Catatan atas nama anggota', refusal: 'Penolakan', role: 'Perubahan peran', join_code: 'Kode gabung', login: 'Masuk konsol', loan: 'Pinjaman', download: 'Unduhan berkas' },
  show: 'Tampilkan',
  when: 'Waktu',
  who: 'Siapa',
  what: 'Apa',
  about: 'Tentang',
  none: 'Belum ada kegiatan yang tercatat.',
  older: 'Lebih lama',
  newest: 'Terbaru',
  commandLine: 'Admin (baris perintah)',
  unknownPerson: 'Tidak dikenal',
  definition: 'Waktu ditulis menurut zona waktu Ibu. Catatan masuk konsol disimpan 30 hari. Ibu hanya melihat kegiatan di kelompok dan program yang Ibu pegang.',
  onBehalf: (kind, amount) => `Mencatat ${kind} ${amount} atas nama anggota`,
  refusal: (action, reason) => `Ditolak: ${action} (${reason})`,
  loginRefused: (how, outcome) => `Masuk konsol ditolak: ${how} (${outcome})`,
  login: (how) => `Masuk konsol: ${how}`,
  staffGranted: (role, programme) => `Diberi peran ${role}${programme ? ` · ${programme}` : ''}`,
  staffEnded: (role, programme) => `Peran ${role}${programme ? ` · ${programme}` : ''} diakhiri`,
  facilitatorAssigned: 'Ditunjuk sebagai pendamping kelompok',
  memberRole: (from, to) => `Mengubah peran anggota dari ${from} menjadi ${to}`,
  joinCodeRotated: 'Mengganti kode gabung kelompok',
  loanGiven: (principal) => `Memberi pinjaman ${principal} kepada anggota`,
  loanGivenToGroup: (principal) => `Memberi pinjaman ${principal} kepada kelompok`,
  entryKinds: { sale: 'jualan', expense: 'belanja', withdrawal: 'diambil untuk rumah tangga', capital: 'modal masuk' },
  actions: {
    on_behalf: 'mencatat atas nama anggota',
    set_price: 'mengatur harga',
    link_chat: 'menghubungkan chat grup',
    rename_member: 'mengganti nama anggota',
    set_role: 'mengatur peran',
    list_members: 'melihat daftar anggota',
    export: 'mengunduh data',
    group_recap: 'rekap kelompok',
    not_recorded: 'daftar yang belum mencatat',
    quarterly_report: 'laporan triwulan',
    give_loan: 'memberi pinjaman',
    record_payment: 'mencatat pembayaran pinjaman',
    confirm_payment: 'mengonfirmasi pembayaran pinjaman',
    import_members: 'impor anggota',
  },
  reasons: {
    not_facilitator: 'bukan pendamping',
    not_your_group: 'bukan kelompoknya',
    not_your_member: 'bukan anggotanya',
    not_group_member: 'bukan anggota kelompok',
    chat_linked_elsewhere: 'chat sudah terhubung ke kelompok lain',
    price_not_allowed: 'tidak boleh mengatur harga',
    confirm_own_payment: 'pembayaran yang ia catat sendiri',
    confirm_not_allowed: 'bukan bendahara atau pendamping',
    payment_not_found: 'pembayaran tidak ditemukan',
    payment_amount_invalid: 'jumlah tidak sah',
    payment_date_invalid: 'tanggal tidak sah',
    loan_terms_invalid: 'syarat pinjaman tidak sah',
    phone_unavailable: 'nomor HP tidak bisa dipakai',
  },
  loginHow: { code: 'dengan kode', link: 'dengan tautan', chat: 'minta /masuk di chat', ask_code: 'minta kode di halaman masuk' },
  loginOutcomes: { wrong_code: 'kode salah', bad_link: 'tautan tidak berlaku', rate_limited: 'terlalu banyak percobaan', no_role: 'tanpa akses konsol', unknown: 'nomor tidak dikenal' },
  staffRoles: { admin: 'admin', manager: 'manajer program' },
  memberRoles: { ketua: 'ketua', sekretaris: 'sekretaris', bendahara: 'bendahara', anggota: 'anggota' },
};

export const auditEn: AuditTexts = {
  heading: 'Activity log',
  intro: "Who did what and when: entries made on a member's behalf, refusals, role changes, join code changes, loans given and console logins. Newest first.",
  kindLabel: 'Kind',
  all: 'All',
  kinds: { on_behalf: "Entries on a member's behalf", refusal: 'Refusals', role: 'Role changes', join_code: 'Join codes', login: 'Console logins', loan: 'Loans', download: 'Downloads' },
  show: 'Show',
  when: 'When',
  who: 'Who',
  what: 'What',
  about: 'About',
  none: 'Nothing recorded yet.',
  older: 'Older',
  newest: 'Newest',
  commandLine: 'Admin (command line)',
  unknownPerson: 'Unknown',
  definition: 'Times are in your time zone. Console logins are kept 30 days. You see only what happened in the groups and programme you look after.',
  onBehalf: (kind, amount) => `Recorded ${kind} of ${amount} on the member's behalf`,
  refusal: (action, reason) => `Refused: ${action} (${reason})`,
  loginRefused: (how, outcome) => `Console login refused: ${how} (${outcome})`,
  login: (how) => `Console login: ${how}`,
  staffGranted: (role, programme) => `Given the ${role} role${programme ? ` · ${programme}` : ''}`,
  staffEnded: (role, programme) => `${role[0]!.toUpperCase()}${role.slice(1)} role${programme ? ` · ${programme}` : ''} ended`,
  facilitatorAssigned: "Made the group's facilitator",
  memberRole: (from, to) => `Changed the member's role from ${from} to ${to}`,
  joinCodeRotated: "Changed the group's join code",
  loanGiven: (principal) => `Gave a loan of ${principal} to the member`,
  loanGivenToGroup: (principal) => `Gave a loan of ${principal} to the group`,
  entryKinds: { sale: 'a sale', expense: 'an expense', withdrawal: 'money taken for the household', capital: 'capital put in' },
  actions: {
    on_behalf: "recording on a member's behalf",
    set_price: 'setting a price',
    link_chat: 'linking a group chat',
    rename_member: 'renaming a member',
    set_role: 'setting a role',
    list_members: 'listing members',
    export: 'downloading data',
    group_recap: 'group recap',
    not_recorded: 'who has not recorded',
    quarterly_report: 'quarterly report',
    give_loan: 'giving a loan',
    record_payment: 'recording a loan payment',
    confirm_payment: 'confirming a loan payment',
    import_members: 'importing members',
  },
  reasons: {
    not_facilitator: 'not a facilitator',
    not_your_group: 'not her group',
    not_your_member: 'not her member',
    not_group_member: 'not a member of the group',
    chat_linked_elsewhere: 'chat linked to another group',
    price_not_allowed: 'may not set prices',
    confirm_own_payment: 'a payment she recorded herself',
    confirm_not_allowed: 'not the treasurer or facilitator',
    payment_not_found: 'payment not found',
    payment_amount_invalid: 'amount not valid',
    payment_date_invalid: 'date not valid',
    loan_terms_invalid: 'loan terms not valid',
    phone_unavailable: 'phone number cannot be used',
  },
  loginHow: { code: 'with a code', link: 'with a link', chat: 'asked /masuk in chat', ask_code: 'asked for a code on the login page' },
  loginOutcomes: { wrong_code: 'wrong code', bad_link: 'link not valid', rate_limited: 'too many attempts', no_role: 'no console access', unknown: 'unknown number' },
  staffRoles: { admin: 'admin', manager: 'programme manager' },
  memberRoles: { ketua: 'chair (ketua)', sekretaris: 'secretary', bendahara: 'treasurer', anggota: 'member' },
};
