/** The help inbox (/kotak-bantuan): voice notes and photos members sent, waiting for a facilitator. */
import type { MediaKind } from '../../core/messages.ts';

export interface InboxTexts {
  nav: string;
  heading: string;
  intro: string;
  empty: string;
  columns: { member: string; group: string; kind: string; caption: string; received: string };
  kinds: Record<MediaKind, string>;
  open: string;
  /** The home page's line. */
  waiting: (n: number) => string;
  homeTitle: string;
  homeDefinition: string;
  backToList: string;
  itemHeading: (member: string) => string;
  noCaption: string;
  doneBy: (who: string, when: string) => string;
  unavailable: string;
  markDone: string;
  markDoneHint: string;
  recordHeading: (member: string) => string;
  recordHint: string;
  recordLabel: string;
  previewButton: string;
  previewHeading: (day: string) => string;
  confirmButton: string;
  refused: { empty: string; not_record: string; unclear: string; credit: string };
  /** The audit page's line for an item marked done without recording. */
  audited: (kind: string) => string;
  notices: { done: string; already: string; recorded: (member: string) => string; alreadyDone: string };
}

export const inboxId: InboxTexts = {
  nav: 'Kotak bantuan',
  heading: 'Kotak bantuan',
  intro: 'Pesan suara dan foto dari anggota yang belum ditangani, yang paling lama di atas. Dengarkan, lalu catat untuk anggota atau tandai selesai.',
  empty: 'Tidak ada yang menunggu.',
  columns: { member: 'Anggota', group: 'Kelompok', kind: 'Jenis', caption: 'Keterangan', received: 'Diterima' },
  kinds: { voice: 'Pesan suara', audio: 'Audio', photo: 'Foto' },
  open: 'Buka',
  waiting: (n) => `Pesan suara dan foto menunggu: ${n}`,
  homeTitle: 'Kotak bantuan',
  homeDefinition: 'Pesan suara dan foto dari anggota (di kelompok yang Ibu lihat) yang belum dicatat atau ditandai selesai.',
  backToList: '‹ Kembali ke kotak bantuan',
  itemHeading: (m) => `Dari ${m}`,
  noCaption: 'tanpa keterangan',
  doneBy: (who, when) => `Selesai: ${who}, ${when}`,
  unavailable: 'Berkas ini tidak bisa diambil lagi dari WhatsApp/Telegram. Minta anggota mengirim ulang.',
  markDone: 'Tandai selesai',
  markDoneHint: 'Tanpa mencatat apa pun (misalnya bukan catatan usaha, atau sudah dicatat di chat).',
  recordHeading: (m) => `Catat untuk ${m}`,
  recordHint: 'Tulis seperti di chat, misalnya: laku 5 bros @15rb. Hari "ini" adalah hari pesan ini dikirim.',
  recordLabel: 'Yang dicatat',
  previewButton: 'Periksa',
  previewHeading: (d) => `Akan dicatat untuk ${d}:`,
  confirmButton: 'Catat',
  refused: {
    empty: 'Tulis dulu apa yang dicatat.',
    not_record: 'Ini tidak terbaca sebagai jualan atau belanja. Tidak ada yang dicatat.',
    unclear: 'Jumlah atau harganya belum jelas. Tulis lebih lengkap, misalnya: laku 5 bros @15rb.',
    credit: 'Jualan yang belum dibayar dicatat lewat chat (bot akan menanyakan pembelinya).',
  },
  audited: (kind) => `Menandai selesai di kotak bantuan: ${kind.toLowerCase()} tanpa dicatat`,
  notices: {
    done: 'Ditandai selesai.',
    already: 'Sudah ditandai selesai sebelumnya.',
    recorded: (m) => `Sudah dicatat untuk ${m}; ia diberi tahu lewat chat.`,
    alreadyDone: 'Pesan ini sudah selesai: tidak ada yang dicatat lagi.',
  },
};

export const inboxEn: InboxTexts = {
  nav: 'Help inbox',
  heading: 'Help inbox',
  intro: 'Voice notes and photos from members not yet dealt with, oldest first. Listen, then record for the member or mark it done.',
  empty: 'Nothing is waiting.',
  columns: { member: 'Member', group: 'Group', kind: 'Kind', caption: 'Caption', received: 'Received' },
  kinds: { voice: 'Voice note', audio: 'Audio', photo: 'Photo' },
  open: 'Open',
  waiting: (n) => `Voice notes and photos waiting: ${n}`,
  homeTitle: 'Help inbox',
  homeDefinition: 'Voice notes and photos from members (in the groups you see) not yet recorded or marked done.',
  backToList: '‹ Back to the help inbox',
  itemHeading: (m) => `From ${m}`,
  noCaption: 'no caption',
  doneBy: (who, when) => `Done: ${who}, ${when}`,
  unavailable: 'This file can no longer be fetched from WhatsApp/Telegram. Ask the member to send it again.',
  markDone: 'Mark done',
  markDoneHint: 'Without recording anything (not a business record, or already recorded in chat).',
  recordHeading: (m) => `Record for ${m}`,
  recordHint: 'Write as in chat, e.g.: laku 5 bros @15rb. "Today" is the day she sent this.',
  recordLabel: 'What to record',
  previewButton: 'Check',
  previewHeading: (d) => `Will be recorded for ${d}:`,
  confirmButton: 'Record',
  refused: {
    empty: 'Write what to record first.',
    not_record: 'This does not read as a sale or an expense. Nothing was recorded.',
    unclear: 'The quantity or price is not clear yet. Write it in full, e.g.: laku 5 bros @15rb.',
    credit: 'A sale not yet paid for is recorded in chat (the bot asks who the buyer is).',
  },
  audited: (kind) => `Marked done in the help inbox: ${kind.toLowerCase()}, nothing recorded`,
  notices: {
    done: 'Marked done.',
    already: 'It was already marked done.',
    recorded: (m) => `Recorded for ${m}; she was told in chat.`,
    alreadyDone: 'This item is already done: nothing more was recorded.',
  },
};
