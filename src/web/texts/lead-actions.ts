/**
 * Making and running a market lead in the console: the form (/peluang/baru), its reach
 * preview, and a lead's page (/peluang/:id) with each chat's delivery, the answers, choosing
 * who gets the order and closing.
 */
import type { DeliveryState } from '../../modules/leads/delivery-state.ts';
import type { LeadFormError } from '../../modules/leads/console-leads.service.ts';

export interface LeadActionsTexts {
  newLead: string;
  newHeading: string;
  notAuthor: string;
  fields: {
    text: string;
    textHint: string;
    trades: string;
    tradesHint: string;
    quantity: string;
    downPayment: string;
    deadline: string;
    where: string;
    groups: string;
    groupsHintAll: string;
    groupsHintScope: string;
    villages: string;
    districts: string;
    listHint: string;
    sender: string;
    senderHint: string;
    senderSelf: string;
    senderChoose: string;
  };
  /** In the preview: whose lead it will be (a manager or an admin sending as a facilitator). */
  previewSender: (name: string) => string;
  /** On a lead's page: its facilitator, and who sent it from the console when that was someone else. */
  owner: string;
  sentBy: string;
  previewButton: string;
  previewHeading: string;
  messageHeading: string;
  reach: (groups: string, groupChats: string, people: string) => string;
  reachNobody: string;
  /** Members of the aimed groups with no chat with the bot at all (imported, never wrote): why they are not reached. */
  withoutChat: (members: string) => string;
  /** Said first when nobody at all can receive it yet (there is no send button). */
  nobodyYet: string;
  howToJoin: string;
  invitationOf: (group: string) => string;
  sendButton: string;
  editButton: string;
  errors: Record<LeadFormError, string>;
  sent: (code: string) => string;
  awardedNotice: (name: string, quantity: string) => string;
  closedNotice: string;
  alreadyClosed: string;
  badQuantity: string;
  notResponder: string;
  open: string;
  downPayment: (percent: string) => string;
  deliveriesHeading: string;
  notPublished: string;
  noDeliveries: string;
  chat: string;
  groupChat: (group: string) => string;
  privateChat: (person: string, group: string) => string;
  stateHeading: string;
  states: Record<DeliveryState, string>;
  answersHeading: string;
  noAnswers: string;
  who: string;
  offered: string;
  noQuantity: string;
  declined: string;
  chosen: string;
  award: string;
  awardQuantity: (name: string) => string;
  awardButton: string;
  closeHeading: string;
  closeHint: string;
  closeButton: string;
  closed: { manual: string; deadline: string };
  backToList: string;
}

export const leadActionsId: LeadActionsTexts = {
  newLead: 'Buat peluang baru',
  newHeading: 'Peluang pasar baru',
  notAuthor: 'Peluang dikirim atas nama seorang pendamping (jawaban anggota masuk kepadanya), dan belum ada pendamping di kelompok Ibu. Ibu dapat melihat peluang, tidak mengirim.',
  fields: {
    text: 'Apa yang dibutuhkan',
    textHint: 'Pesan yang dibaca anggota, misalnya: Wisuda IAIN 12 Des, butuh 200 bros, harga Rp5.000/pcs, DP 50%',
    trades: 'Usaha',
    tradesHint: 'Kelompok dengan salah satu usaha ini.',
    quantity: 'Jumlah dibutuhkan',
    downPayment: 'DP (%)',
    deadline: 'Batas waktu',
    where: 'Ke mana',
    groups: 'Kelompok',
    groupsHintAll: 'Pilih kelompok, atau pilih usaha di atas: tanpa kelompok, peluang dikirim ke semua kelompok dengan usaha itu.',
    groupsHintScope: 'Pilih kelompok, atau pilih usaha di atas: tanpa kelompok, peluang dikirim ke semua kelompok Ibu dengan usaha itu.',
    villages: 'Desa',
    districts: 'Kecamatan',
    listHint: 'Beberapa dipisah koma; kosong: semua.',
    sender: 'Kirim atas nama',
    senderHint: 'Peluang menjadi milik pendamping ini: jawaban anggota masuk ke chatnya, dan ia bisa memilih serta menutupnya di chat. Pilih pendamping salah satu kelompok yang dituju.',
    senderSelf: 'Saya sendiri',
    senderChoose: '— pilih pendamping —',
  },
  previewSender: (name) => `Dikirim atas nama ${name}: jawaban anggota masuk ke chat ${name}.`,
  owner: 'Pendamping',
  sentBy: 'Dikirim dari konsol oleh',
  previewButton: 'Lihat jangkauan',
  previewHeading: 'Sebelum dikirim',
  messageHeading: 'Pesan yang dibaca anggota:',
  reach: (g, c, p) => `Dikirim ke ${g} kelompok (${c} grup chat) dan ${p} anggota.`,
  reachNobody: 'Peluang ini tidak menjangkau siapa pun. Ubah usaha atau tujuannya.',
  withoutChat: (n) => `${n} anggota kelompok yang dituju belum terhubung dengan bot lewat chat pribadi, jadi belum bisa menerima peluang.`,
  nobodyYet: 'Belum ada yang bisa menerima peluang ini, jadi belum bisa dikirim.',
  howToJoin:
    'Minta anggota bergabung lewat chat: cetak undangan kelompoknya, lalu tiap anggota mengirim /gabung KODE ke bot di Telegram atau WhatsApp (atau memindai kode QR di undangan). Setelah itu, lihat jangkauan lagi.',
  invitationOf: (group) => `Undangan kelompok ${group}`,
  sendButton: 'Kirim peluang',
  editButton: 'Ubah',
  errors: {
    no_text: 'Tulis apa yang dibutuhkan (paling sedikit 5 huruf).',
    too_long: 'Pesannya terlalu panjang (paling banyak 1.000 huruf).',
    no_trade: 'Pilih paling sedikit satu usaha atau satu kelompok.',
    unknown_trade: 'Usaha itu tidak dikenal.',
    unknown_group: 'Kelompok itu bukan kelompok Ibu.',
    bad_quantity: 'Jumlah harus bilangan bulat lebih dari 0.',
    bad_down_payment: 'DP harus 1 sampai 100 persen.',
    bad_deadline: 'Batas waktu harus tanggal hari ini atau sesudahnya.',
    no_groups: 'Ibu belum mendampingi kelompok mana pun.',
    no_sender: 'Pilih pendamping yang namanya dipakai untuk mengirim peluang.',
    unknown_sender: 'Pendamping itu bukan pendamping kelompok Ibu.',
    sender_not_in_groups: 'Pendamping itu tidak mendampingi kelompok yang dipilih. Pilih pendamping salah satu kelompok itu.',
  },
  sent: (code) => `Peluang ${code} dibuat dan sedang dikirim.`,
  awardedNotice: (name, q) => `${name} dipilih untuk ${q}; ia sudah diberi tahu.`,
  closedNotice: 'Peluang ditutup; yang menjawab sudah diberi tahu.',
  alreadyClosed: 'Peluang ini sudah ditutup.',
  badQuantity: 'Jumlah harus bilangan bulat lebih dari 0.',
  notResponder: 'Anggota itu tidak menjawab peluang ini.',
  open: 'Terbuka',
  downPayment: (p) => `DP ${p}%`,
  deliveriesHeading: 'Pengiriman per chat',
  notPublished: 'Pesan sedang disiapkan untuk dikirim.',
  noDeliveries: 'Tidak ada chat yang dijangkau.',
  chat: 'Chat',
  groupChat: (g) => `Grup chat ${g}`,
  privateChat: (p, g) => `${p} (${g})`,
  stateHeading: 'Keadaan',
  states: {
    sent: 'Terkirim',
    queued: 'Belum terkirim (antre)',
    paced: 'Menunggu giliran: WhatsApp dikirim pelan-pelan',
    held: 'Ditahan: WhatsApp baru boleh dikirim setelah ia menulis ke bot',
    blocked: 'Ia memblokir bot',
    removed: 'Bot dikeluarkan dari grup (atau grupnya sudah tidak ada)',
    opted_out: 'Ia sudah berhenti menerima pesan (BERHENTI)',
    refused: 'Ditolak WhatsApp',
    failed: 'Gagal terkirim',
  },
  answersHeading: 'Jawaban anggota',
  noAnswers: 'Belum ada yang menjawab.',
  who: 'Anggota',
  offered: 'Sanggup',
  noQuantity: 'tanpa jumlah',
  declined: 'Belum bisa ikut (tidak dihitung)',
  chosen: 'Dipilih',
  award: 'Pilih',
  awardQuantity: (name) => `Jumlah untuk ${name}`,
  awardButton: 'Pilih untuk pesanan',
  closeHeading: 'Tutup peluang',
  closeHint: 'Tidak menerima jawaban lagi; yang sudah menjawab diberi tahu.',
  closeButton: 'Tutup peluang',
  closed: { manual: 'Ditutup oleh pendamping', deadline: 'Ditutup: batas waktu lewat' },
  backToList: 'Semua peluang',
};

export const leadActionsEn: LeadActionsTexts = {
  newLead: 'New lead',
  newHeading: 'New market lead',
  notAuthor: 'A lead is sent in the name of a facilitator (members answer to her), and your groups have none yet. You can look at leads, not send them.',
  fields: {
    text: 'What is needed',
    textHint: 'The message members read, e.g.: IAIN graduation 12 Dec, need 200 brooches, Rp5.000 each, 50% down payment',
    trades: 'Trades',
    tradesHint: 'Groups with any of these trades.',
    quantity: 'Quantity wanted',
    downPayment: 'Down payment (%)',
    deadline: 'Deadline',
    where: 'Where to',
    groups: 'Groups',
    groupsHintAll: 'Tick groups, or a trade above: with no group ticked, the lead goes to every group with that trade.',
    groupsHintScope: 'Tick groups, or a trade above: with no group ticked, the lead goes to all your groups with that trade.',
    villages: 'Villages',
    districts: 'Districts',
    listHint: 'Several separated by commas; empty: all.',
    sender: 'Send as',
    senderHint: 'The lead becomes this facilitator\u2019s: members\u2019 answers go to her chat, and she can choose and close it there. Pick the facilitator of one of the groups it goes to.',
    senderSelf: 'Myself',
    senderChoose: '— choose a facilitator —',
  },
  previewSender: (name) => `Sent as ${name}: members\u2019 answers go to ${name}\u2019s chat.`,
  owner: 'Facilitator',
  sentBy: 'Sent from the console by',
  previewButton: 'Show reach',
  previewHeading: 'Before sending',
  messageHeading: 'The message members will read (in Indonesian):',
  reach: (g, c, p) => `Goes to ${g} groups (${c} group chats) and ${p} members.`,
  reachNobody: 'This lead reaches nobody. Change its trades or where it goes.',
  withoutChat: (n) => `${n} members of these groups have no private chat with the bot yet, so no lead can reach them.`,
  nobodyYet: 'Nobody can receive this lead yet, so it cannot be sent.',
  howToJoin:
    "Ask the members to join by chat: print their group's invitation, then each sends /gabung CODE to the bot on Telegram or WhatsApp (or scans the invitation's QR code). Then show the reach again.",
  invitationOf: (group) => `Invitation of group ${group}`,
  sendButton: 'Send lead',
  editButton: 'Change',
  errors: {
    no_text: 'Write what is needed (5 characters at least).',
    too_long: 'The message is too long (1,000 characters at most).',
    no_trade: 'Pick at least one trade or one group.',
    unknown_trade: 'That trade is not known.',
    unknown_group: 'That group is not one of yours.',
    bad_quantity: 'The quantity must be a whole number above 0.',
    bad_down_payment: 'The down payment must be 1 to 100 percent.',
    bad_deadline: 'The deadline must be today or later.',
    no_groups: 'You do not run any group yet.',
    no_sender: 'Choose the facilitator the lead is sent as.',
    unknown_sender: 'That facilitator does not run any of your groups.',
    sender_not_in_groups: 'That facilitator runs none of the groups ticked. Choose the facilitator of one of them.',
  },
  sent: (code) => `Lead ${code} made and being sent.`,
  awardedNotice: (name, q) => `${name} chosen for ${q}; she has been told.`,
  closedNotice: 'Lead closed; those who answered have been told.',
  alreadyClosed: 'This lead is already closed.',
  badQuantity: 'The quantity must be a whole number above 0.',
  notResponder: 'That member did not answer this lead.',
  open: 'Open',
  downPayment: (p) => `${p}% down payment`,
  deliveriesHeading: 'Delivery per chat',
  notPublished: 'The messages are being prepared for sending.',
  noDeliveries: 'No chat is reached.',
  chat: 'Chat',
  groupChat: (g) => `Group chat ${g}`,
  privateChat: (p, g) => `${p} (${g})`,
  stateHeading: 'State',
  states: {
    sent: 'Sent',
    queued: 'Not sent yet (queued)',
    paced: 'Waiting its turn: WhatsApp sends slowly',
    held: 'Held: WhatsApp may send only after she writes to the bot',
    blocked: 'She blocked the bot',
    removed: 'The bot was removed from the group (or the group is gone)',
    opted_out: 'She stopped receiving messages (BERHENTI)',
    refused: 'Refused by WhatsApp',
    failed: 'Could not be sent',
  },
  answersHeading: 'Members\u2019 answers',
  noAnswers: 'Nobody has answered yet.',
  who: 'Member',
  offered: 'Can supply',
  noQuantity: 'no quantity',
  declined: 'Cannot take part (not counted)',
  chosen: 'Chosen',
  award: 'Choose',
  awardQuantity: (name) => `Quantity for ${name}`,
  awardButton: 'Choose for the order',
  closeHeading: 'Close the lead',
  closeHint: 'No more answers are taken; those who answered are told.',
  closeButton: 'Close lead',
  closed: { manual: 'Closed by the facilitator', deadline: 'Closed: deadline passed' },
  backToList: 'All leads',
};
