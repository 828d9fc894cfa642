/** The leads page (/peluang): this month's market leads and the answers they drew. */
export interface LeadsTexts {
  heading: string;
  interested: string;
  quantity: string;
  empty: string;
  trades: string;
  madeOn: string;
  deadline: string;
  wanted: string;
  chatsReached: string;
  answers: (n: number) => string;
  noAnswers: string;
  noQuantity: string;
  awarded: (quantity: string) => string;
  state: { open: string; closed: string; chosen: string };
  definitionsHeading: string;
  definitions: { chatsReached: string; interested: string; state: string };
}

export const leadsId: LeadsTexts = {
  heading: 'Peluang pasar bulan ini',
  interested: 'Anggota berminat',
  quantity: 'Jumlah ditawarkan',
  empty: 'Belum ada peluang bulan ini.',
  trades: 'Usaha',
  madeOn: 'Dikirim',
  deadline: 'Batas',
  wanted: 'Dibutuhkan',
  chatsReached: 'Chat terjangkau',
  answers: (n) => `Jawaban (${n})`,
  noAnswers: 'Belum ada yang menjawab.',
  noQuantity: 'tanpa jumlah',
  awarded: (q) => `dipilih: ${q}`,
  state: { open: 'Terbuka', closed: 'Ditutup', chosen: 'Sudah dipilih' },
  definitionsHeading: 'Arti angka',
  definitions: {
    chatsReached: 'Chat kelompok dan chat pribadi (di kelompok yang Ibu lihat) yang sudah menerima pesan peluang ini.',
    interested: 'Anggota yang menjawab berminat (penolakan tidak dihitung); jumlah ditawarkan = jumlah yang mereka sebut.',
    state: 'Terbuka: masih menerima jawaban. Ditutup: ditutup tanpa memilih. Sudah dipilih: pendamping sudah memilih anggota untuk pesanan ini.',
  },
};

export const leadsEn: LeadsTexts = {
  heading: 'Market leads this month',
  interested: 'Members interested',
  quantity: 'Quantity offered',
  empty: 'No leads this month yet.',
  trades: 'Trades',
  madeOn: 'Sent',
  deadline: 'Deadline',
  wanted: 'Wanted',
  chatsReached: 'Chats reached',
  answers: (n) => `Answers (${n})`,
  noAnswers: 'Nobody has answered yet.',
  noQuantity: 'no quantity',
  awarded: (q) => `chosen: ${q}`,
  state: { open: 'Open', closed: 'Closed', chosen: 'Chosen' },
  definitionsHeading: 'What the numbers mean',
  definitions: {
    chatsReached: 'Group chats and private chats (in the groups you see) the lead has been delivered to.',
    interested: 'Members who answered with interest (declines do not count); quantity offered = the quantities they named.',
    state: 'Open: still taking answers. Closed: closed without choosing. Chosen: the facilitator has chosen members for the order.',
  },
};
