/**
 * Setting up a programme in the console (issue #20): the forms for a programme, a region, a
 * facilitator and a group, their refusals (each shown next to its field), and a group's
 * printable invitation (/kelompok/:id/undangan) with the steps members follow.
 */
import type { OnboardingError } from '../../modules/programmes/onboarding.service.ts';

export interface OnboardingTexts {
  /** The heading and links of the set-up section on the groups page. */
  setUp: string;
  newProgramme: string;
  newRegion: string;
  newFacilitator: string;
  newGroup: string;
  save: string;
  backToGroups: string;
  optional: string;
  fields: {
    programmeName: string;
    partner: string;
    programme: string;
    kabupaten: string;
    kecamatan: string;
    facilitatorName: string;
    phone: string;
    phoneHint: string;
    telegram: string;
    telegramHint: string;
    groupName: string;
    trades: string;
    village: string;
    district: string;
    region: string;
    noRegion: string;
    timeZone: string;
    timeZones: { WIB: string; WITA: string; WIT: string };
    facilitator: string;
    chooseFacilitator: string;
    newFacilitatorOption: string;
    newFacilitatorLegend: string;
    newFacilitatorHint: string;
  };
  errors: Record<OnboardingError, string>;
  /** Shown on the group form after the step before it (?n=program|wilayah|pendamping). */
  made: { programme: string; region: string; facilitator: string; group: string };
  /** The audit log's sentence for an `onboarded` row. */
  audited: (what: string) => string;
  auditWhat: Record<string, string>;
  /** A one-time login made in the console for a staff member (/staf/:id/tautan-masuk). */
  loginLink: {
    /** The link under the "facilitator added" notice. */
    offer: string;
    heading: (name: string) => string;
    why: string;
    make: string;
    made: string;
    linkLabel: string;
    codeLabel: string;
    until: (time: string) => string;
    handOver: string;
    later: string;
    back: string;
  };
  invitation: {
    link: string;
    heading: string;
    intro: string;
    codeLabel: string;
    telegram: string;
    whatsapp: string;
    qrAlt: (platform: string) => string;
    /** Member steps: always in Indonesian on the printed sheet (members read it), see steps(). */
    noChannel: string;
    /** The button that opens the print dialog (shown where scripts run). */
    print: string;
    back: string;
  };
}

/** The steps printed for members: Indonesian whatever the console's language (the sheet is for them). */
export function invitationSteps(platform: 'telegram' | 'whatsapp', code: string, handle: string): string[] {
  return platform === 'telegram'
    ? [
        'Pindai kode QR ini dengan kamera HP Ibu, lalu buka tautannya di Telegram.',
        'Tekan MULAI (Start). Ibu langsung bergabung dengan kelompok.',
        `Tidak bisa memindai? Cari ${handle} di Telegram dan kirim: gabung ${code}`,
      ]
    : [
        'Pindai kode QR ini dengan kamera HP Ibu, lalu buka tautannya di WhatsApp.',
        `Pesan "gabung ${code}" sudah tertulis: tekan Kirim.`,
        `Tidak bisa memindai? Kirim pesan WhatsApp ke ${handle}: gabung ${code}`,
      ];
}

export const onboardingId: OnboardingTexts = {
  setUp: 'Siapkan program',
  newProgramme: 'Program baru',
  newRegion: 'Wilayah baru',
  newFacilitator: 'Pendamping baru',
  newGroup: 'Kelompok baru',
  save: 'Simpan',
  backToGroups: 'Kembali ke daftar kelompok',
  optional: '(boleh kosong)',
  fields: {
    programmeName: 'Nama program',
    partner: 'Mitra',
    programme: 'Program',
    kabupaten: 'Kabupaten / kota',
    kecamatan: 'Kecamatan',
    facilitatorName: 'Nama pendamping',
    phone: 'Nomor HP',
    phoneHint: 'Contoh: 0812 3456 7890. Isi nomor HP atau Telegram (atau keduanya), agar bot dapat menghubunginya.',
    telegram: 'Telegram (id atau @username)',
    telegramHint: 'Angka id Telegram-nya, atau @username-nya jika ia sudah pernah mengirim pesan ke bot.',
    groupName: 'Nama kelompok',
    trades: 'Jenis usaha',
    village: 'Desa / kelurahan',
    district: 'Kecamatan',
    region: 'Wilayah',
    noRegion: '— tanpa wilayah —',
    timeZone: 'Zona waktu',
    timeZones: { WIB: 'WIB (Jawa, Sumatra, Kalimantan Barat/Tengah)', WITA: 'WITA (Bali, Nusa Tenggara, Sulawesi, Kalimantan Timur/Selatan/Utara)', WIT: 'WIT (Maluku, Papua)' },
    facilitator: 'Pendamping',
    chooseFacilitator: '— pilih pendamping —',
    newFacilitatorOption: 'Pendamping baru (isi di bawah)',
    newFacilitatorLegend: 'Pendamping baru',
    newFacilitatorHint: 'Hanya jika memilih "Pendamping baru" di atas.',
  },
  errors: {
    name_invalid: 'Isi nama: 1–80 huruf atau angka.',
    district_invalid: 'Isi nama tempat: 1–80 huruf atau angka.',
    village_invalid: 'Nama desa: 1–80 huruf atau angka.',
    programme_not_found: 'Pilih program.',
    region_not_in_programme: 'Wilayah ini bukan wilayah program yang dipilih.',
    facilitator_not_found: 'Pendamping ini tidak ada di daftar. Pilih dari daftar.',
    trade_missing: 'Pilih sedikitnya satu jenis usaha.',
    trade_unknown: 'Jenis usaha ini tidak dikenal. Pilih dari daftar.',
    timezone_invalid: 'Pilih zona waktu: WIB, WITA atau WIT.',
    phone_invalid: 'Nomor HP tidak sah. Contoh: 0812 3456 7890 atau +62 812 3456 7890.',
    phone_taken: 'Nomor HP ini sudah milik orang lain.',
    telegram_id_invalid: 'Id Telegram berupa angka.',
    person_not_found: 'Bot belum mengenal @username ini. Minta ia mengirim pesan ke bot dulu, atau isi nomor HP atau id Telegram-nya.',
    facilitator_missing: 'Pilih pendamping, atau pilih "Pendamping baru" dan isi datanya.',
    contact_missing: 'Isi nomor HP atau Telegram pendamping.',
  },
  made: {
    programme: 'Program sudah dibuat. Tambahkan wilayahnya, atau langsung kelompok pertamanya.',
    region: 'Wilayah sudah ditambahkan dan terpilih di bawah.',
    facilitator:
      'Pendamping sudah ditambahkan dan terpilih di bawah. Untuk masuk ke konsol, buatkan tautan masuk sekali pakai dan berikan kepadanya. Atau ia menulis dulu ke bot di Telegram atau WhatsApp (di Telegram, /nomor membagikan nomornya agar bot tahu itu dia), lalu mengirim /masuk.',
    group: 'Kelompok sudah dibuat. Cetak undangannya untuk anggota.',
  },
  audited: (what) => `Dibuat dari konsol: ${what}`,
  auditWhat: { programme: 'program', region: 'wilayah', facilitator: 'pendamping', group: 'kelompok', login_link: 'tautan masuk sekali pakai' },
  loginLink: {
    offer: 'Buat tautan masuk untuknya',
    heading: (name) => `Tautan masuk untuk ${name}`,
    why: 'Tautan dan kode ini membuatnya masuk ke konsol satu kali, berlaku 10 menit. Buat saat ia siap memakainya, dan berikan hanya kepadanya: siapa pun yang memegangnya dapat masuk sebagai dia.',
    make: 'Buat tautan masuk',
    made: 'Tautan masuk sudah dibuat. Halaman ini hanya menampilkannya sekali.',
    linkLabel: 'Tautan',
    codeLabel: 'Atau kode (diketik di halaman Masuk)',
    until: (time) => `Berlaku sampai ${time}, satu kali saja.`,
    handOver: 'Berikan langsung kepadanya (di depannya, atau lewat pesan pribadi). Tautan yang lama tidak berlaku lagi.',
    later: 'Setelah ia menulis ke bot di Telegram atau WhatsApp (di Telegram, /nomor membagikan nomornya), ia dapat masuk sendiri dengan /masuk.',
    back: 'Kembali ke kelompok',
  },
  invitation: {
    link: 'Undangan untuk anggota (cetak)',
    heading: 'Undangan bergabung',
    intro: 'Catat usaha Ibu lewat chat: penjualan, belanja, dan pinjaman kelompok.',
    codeLabel: 'Kode gabung',
    telegram: 'Lewat Telegram',
    whatsapp: 'Lewat WhatsApp',
    qrAlt: (platform) => `Kode QR: tautan untuk bergabung lewat ${platform}`,
    noChannel: 'Bot ini belum terhubung ke Telegram atau WhatsApp: anggota bergabung dengan mengirim "gabung" dan kodenya ke bot.',
    print: 'Cetak',
    back: 'Kembali ke kelompok',
  },
};

export const onboardingEn: OnboardingTexts = {
  setUp: 'Set up the programme',
  newProgramme: 'New programme',
  newRegion: 'New region',
  newFacilitator: 'New facilitator',
  newGroup: 'New group',
  save: 'Save',
  backToGroups: 'Back to the groups',
  optional: '(may be left empty)',
  fields: {
    programmeName: 'Programme name',
    partner: 'Partner',
    programme: 'Programme',
    kabupaten: 'Regency / city',
    kecamatan: 'District (kecamatan)',
    facilitatorName: 'Facilitator’s name',
    phone: 'Phone number',
    phoneHint: 'E.g. 0812 3456 7890. Give her phone or Telegram (or both), so the bot can reach her.',
    telegram: 'Telegram (id or @username)',
    telegramHint: 'Her numeric Telegram id, or her @username if she has already written to the bot.',
    groupName: 'Group name',
    trades: 'Trades',
    village: 'Village',
    district: 'District (kecamatan)',
    region: 'Region',
    noRegion: '— no region —',
    timeZone: 'Time zone',
    timeZones: { WIB: 'WIB (Java, Sumatra, West/Central Kalimantan)', WITA: 'WITA (Bali, Nusa Tenggara, Sulawesi, East/South/North Kalimantan)', WIT: 'WIT (Maluku, Papua)' },
    facilitator: 'Facilitator',
    chooseFacilitator: '— choose a facilitator —',
    newFacilitatorOption: 'A new facilitator (below)',
    newFacilitatorLegend: 'New facilitator',
    newFacilitatorHint: 'Only when "A new facilitator" is chosen above.',
  },
  errors: {
    name_invalid: 'Give a name: 1–80 letters or digits.',
    district_invalid: 'Give the place’s name: 1–80 letters or digits.',
    village_invalid: 'The village: 1–80 letters or digits.',
    programme_not_found: 'Choose a programme.',
    region_not_in_programme: 'This region is not one of the chosen programme’s.',
    facilitator_not_found: 'This facilitator is not on the list. Choose from the list.',
    trade_missing: 'Choose at least one trade.',
    trade_unknown: 'This trade is unknown. Choose from the list.',
    timezone_invalid: 'Choose a time zone: WIB, WITA or WIT.',
    phone_invalid: 'Not a valid phone number. E.g. 0812 3456 7890 or +62 812 3456 7890.',
    phone_taken: 'This phone number belongs to someone else.',
    telegram_id_invalid: 'A Telegram id is a number.',
    person_not_found: 'The bot does not know this @username yet. Ask her to write to the bot first, or give her phone or Telegram id.',
    facilitator_missing: 'Choose a facilitator, or choose "A new facilitator" and fill in her details.',
    contact_missing: 'Give the facilitator’s phone or Telegram.',
  },
  made: {
    programme: 'Programme created. Add its regions, or its first group straight away.',
    region: 'Region added and chosen below.',
    facilitator:
      'Facilitator added and chosen below. To log in to the console, make her a one-time login link and hand it to her. Or she first writes to the bot on Telegram or WhatsApp (on Telegram, /nomor shares her number so the bot knows it is her), then sends /masuk.',
    group: 'Group created. Print its invitation for the members.',
  },
  audited: (what) => `Made in the console: ${what}`,
  auditWhat: { programme: 'programme', region: 'region', facilitator: 'facilitator', group: 'group', login_link: 'a one-time login link' },
  loginLink: {
    offer: 'Make her a login link',
    heading: (name) => `Login link for ${name}`,
    why: 'This link and code log her in to the console once, within 10 minutes. Make it when she is ready to use it, and give it to her alone: whoever holds it can log in as her.',
    make: 'Make a login link',
    made: 'Login link made. This page shows it only once.',
    linkLabel: 'Link',
    codeLabel: 'Or the code (typed on the login page)',
    until: (time) => `Valid until ${time}, once only.`,
    handOver: 'Give it to her directly (in person, or in a private message). Any older link no longer works.',
    later: 'Once she has written to the bot on Telegram or WhatsApp (on Telegram, /nomor shares her number), she can log in herself with /masuk.',
    back: 'Back to the groups',
  },
  invitation: {
    link: 'Invitation for members (print)',
    heading: 'Invitation to join',
    intro: 'Catat usaha Ibu lewat chat: penjualan, belanja, dan pinjaman kelompok.',
    codeLabel: 'Join code',
    telegram: 'On Telegram',
    whatsapp: 'On WhatsApp',
    qrAlt: (platform) => `QR code: the link to join on ${platform}`,
    noChannel: 'This bot is linked to neither Telegram nor WhatsApp: members join by sending "gabung" and the code to the bot.',
    print: 'Print',
    back: 'Back to the group',
  },
};
