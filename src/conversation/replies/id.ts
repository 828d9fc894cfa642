import { addDays, dayOfWeek } from '../../core/dates.ts';
import { formatNumber, formatRupiah } from '../../core/money.ts';
import { MAX_EXPORT_DAYS } from '../../modules/exports/exports.ts';
import { abbreviateAmount, ID_UNITS } from '../../modules/charts/charts.ts';
import type { Role } from '../../modules/groups/groups.ts';
import type { LoanStatus } from '../../modules/loans/loans.service.ts';
import { fitRecapText, RECAP_MAX_SILENT } from '../../modules/group-recap/group-recap.ts';
import type { Catalogue, LeadView, OrderView } from './catalogue.ts';
import {
  address,
  buId,
  dateSpan,
  orderGoods,
  periodSpan,
  quarterOf,
  quarterWords,
  yearSpan,
  entryChange,
  entryWithKind,
  entryLine,
  ID_DATES,
  longDate,
  retypeText,
  shortDate,
  type RetypeWords,
  earliestDay,
  ownDays,
  withEntryDay,
} from './format.ts';
import { NAME_MAX_LENGTH, type NameProblem } from '../../modules/people/people.ts';
import { isReturn, type DayTotals, type NewEntry } from '../../modules/ledger/ledger.ts';

/** The one vocabulary (docs/WORDS.md): jualan and belanja, in every reply, recap, chart and caption. */
const KIND = {
  sale: 'Jualan',
  expense: 'Belanja',
  withdrawal: 'Diambil untuk rumah tangga',
  capital: 'Modal masuk',
  saleReturn: 'Retur',
  returnNote: '(mengurangi jualan)',
} as const;

const kindLine = (e: NewEntry): string => entryWithKind(e, KIND);
/** The entry with its own day first when it has one (a message of several days). */
const dayKindLine = (e: NewEntry, today: string): string => withEntryDay(e, kindLine(e), ID_DATES, today);
const changeLine = (a: NewEntry, b: NewEntry): string => entryChange(a, b, KIND);

/** "Hari ini" or "19 Nov": the day of an entry in a list. */
function entryDate(date: string, today: string): string {
  return date === today ? 'Hari ini' : shortDate(date, ID_DATES);
}

/** "Hari ini: jualan Rp180.000, belanja Rp0" (and ", diambil Rp50.000" when she took household money). */
function totalsLine(date: string, today: string, totals: DayTotals): string {
  const taken = totals.withdrawals ? `, diambil ${formatRupiah(totals.withdrawals)}` : '';
  return `${dayLabel(date, today)}: jualan ${formatRupiah(totals.sales)}, belanja ${formatRupiah(totals.expenses)}${taken}`;
}

/** "Bu Siti" (format.ts `address`: never "Bu Ibu Siti", "Bu" alone when her name is not known). */
const bu = buId;
/** A whole group chat: "Ibu-ibu", never "Bu". */
const everyone = address('group', 'id');
/** "triwulan 4 (Okt–Des 2026)" */
const quarterId = (quarter: string): string => quarterWords(quarter, ID_DATES, 'triwulan');

const RETYPE: RetypeWords = {
  kinds: { sale: 'laku', expense: 'beli', withdrawal: 'ambil', capital: 'tambah modal' },
  saleReturn: 'retur',
  thousands: 'rb',
  yesterday: 'kemarin',
  for: 'buat',
  dates: ID_DATES,
};

/** A headline and the entries: on its line when there is one, else one line each. */
function listed(headline: string, entries: readonly NewEntry[]): string {
  return entries.length === 1 ? `${headline} ${kindLine(entries[0]!)}` : [headline, ...entries.map((e) => `• ${kindLine(e)}`)].join('\n');
}

/** The guessed entries, one line each. */
function guessedLines(entries: readonly NewEntry[]): string[] {
  return entries.map((e) => `• ${kindLine(e)}`);
}

const NAME_PROBLEM: Record<NameProblem, string> = {
  empty: 'Tulis namanya setelah /nama, misalnya: /nama Siti Aminah',
  too_long: `Namanya kepanjangan, Bu. Paling banyak ${NAME_MAX_LENGTH} huruf ya, misalnya: /nama Siti Aminah`,
  digits_only: 'Itu angka, Bu, bukan nama 😊 Tulis dengan huruf, misalnya: /nama Siti',
  link: 'Nama tidak bisa berisi tautan, Bu. Tulis namanya saja, misalnya: /nama Siti',
  symbols: 'Tulis nama dengan huruf saja ya, Bu, misalnya: /nama Siti Aminah',
};

function dayLabel(date: string, today: string): string {
  return date === today ? 'Hari ini' : longDate(date, ID_DATES, today);
}

export const id: Catalogue = {
  welcome: (name) =>
    [
      `Halo ${bu(name)} 👋 Saya Dampingi, teman catat jualan. Tulis saja, misalnya "laku 12 bros @15rb".`,
      'Catatan Ibu saya simpan. Yang bisa melihatnya hanya Ibu, pendamping Ibu, dan ketua kelompok Ibu.',
      'Ketik "bantuan" untuk contoh lain, atau BERHENTI kalau tidak mau pengingat.',
    ].join('\n'),

  recorded: ({ entries, date, today, totals }) => {
    const lines = entries.map((e) => `${isReturn(e) ? '↩️' : '✅'} ${kindLine(e)}`);
    if (date !== today) lines.push(`📅 Dicatat untuk ${longDate(date, ID_DATES, today)}`);
    lines.push(totalsLine(date, today, totals));
    lines.push('Salah? Ketik "batal".');
    return lines.join('\n');
  },

  recordedAsUsual: (kind) =>
    kind === 'sale'
      ? 'ℹ️ Saya catat sebagai jualan, seperti biasanya. Kalau ini belanja, ketik "salah, itu belanja bukan jualan".'
      : 'ℹ️ Saya catat sebagai belanja, seperti biasanya. Kalau ini jualan, ketik "salah, itu jualan bukan belanja".',

  recordedDays: ({ entries, today }) =>
    ['✅ Dicatat, masing-masing di harinya:', ...entries.map((e) => `• ${withEntryDay({ ...e, date: e.businessDate }, kindLine(e), ID_DATES, today)}`), 'Salah? Ketik "batal".'].join('\n'),

  askConfirm: ({ entries, date, today, mismatch }) => {
    const lines = [mismatch ? 'Jumlah yang Ibu tulis tidak sama dengan rinciannya. Rinciannya begini:' : 'Maksud Ibu begini?'];
    for (const e of entries) lines.push(`• ${dayKindLine(e, today)}`);
    if (date !== today && !ownDays(entries)) lines.push(`📅 ${longDate(date, ID_DATES, today)}`);
    lines.push('Balas "ya" untuk dicatat, atau "tidak".');
    return lines.join('\n');
  },
  askDoubt: (note, { entries, date, today, name }) => {
    const b = bu(name);
    const day = date === today ? 'hari ini' : longDate(date, ID_DATES, today);
    // A message of several days: the old day asked about is its earliest.
    const oldDay = longDate(earliestDay(entries, date), ID_DATES, today);
    const first: Record<typeof note, string> = {
      total_mismatch: 'Jumlah yang Ibu tulis tidak sama dengan rinciannya. Rinciannya begini:',
      tender_mismatch: `Uang yang dibayar dikurangi kembaliannya tidak sama dengan totalnya, ${b}. Totalnya saya catat begini, benar?`,
      repeated_line: `Ada baris yang Ibu tulis dua kali, ${b}. Memang terjadi dua kali? Kalau tidak, balas "tidak" lalu kirim sekali saja. Saya baca begini:`,
      self_correction_unclear: `${b}, angka yang benar yang mana? Saya baca begini:`,
      discount_unapplied: `${b}, potongannya belum bisa saya hitung. Tanpa potongan begini:`,
      discount: `Sudah dipotong diskon jadi begini, ${b}?`,
      percentage: `${b}, persennya tidak saya hitung. Dicatat begini?`,
      unread_amount: `Ada angka yang belum bisa saya baca, ${b}. Yang terbaca begini:`,
      chain_part_unread: `Ada bagian yang belum ada uangnya, ${b}. Yang terbaca begini:`,
      kind_carried: `Yang dibeli untuk bahan itu belanja, ${b}? Saya baca begini:`,
      then_clauses_disagree: `Saya baca langkah demi langkah, ${b}. Begini benar?`,
      sign_kind_differs: `Tanda + atau - tidak sama dengan katanya, ${b}. Yang benar begini?`,
      label_kind_differs: `Tulisan masuk/keluar atau tanda + - tidak sama dengan yang saya baca, ${b}. Yang benar begini?`,
      shared_scale: `Angka yang tanpa "rb" itu juga ribuan, ${b}? Saya baca begini:`,
      bare_thousands: `Angka yang tanpa "rb" itu ribuan, ${b}? Saya baca begini:`,
      unaccounted_number: `Ada angka yang tidak saya pakai, ${b}. Catatannya begini?`,
      count_unpriced: `Ada jumlah barang yang belum ada harganya sendiri, ${b}. Catatannya begini?`,
      bare_second_amount: `Angka yang kedua itu untuk apa, ${b}? Saya baca begini:`,
      cheap_each: `Itu harga semuanya, ${b}, bukan harga satuan? Saya baca begini:`,
      unread_each_word: `Harga satuannya belum bisa saya hitung, ${b}. Saya baca begini:`,
      approximate_each_or_total: `Itu harga semuanya, ${b}, bukan harga satuan?`,
      approximate: `Ibu tulis kira-kira, ${b}. Dicatat pas segini?`,
      rounded: `Hitungannya saya bulatkan, ${b}. Betul begini?`,
      unit_mismatch: `Satuannya beda dengan harganya, ${b}. Hitungan saya begini:`,
      bundle_each_or_piece: `Harganya per kodi/lusin atau per biji, ${b}? Saya hitung per kodi/lusin begini:`,
      face_value_price: `Nominal pulsa/token dan harga jualnya yang mana, ${b}? Saya hitung dengan harga jual begini:`,
      quantity_missing: `Berapa banyak barangnya, ${b}? Uangnya saya baca begini:`,
      odd_quantity: `Jumlah barangnya betul segitu, ${b}?`,
      large_amount: `Besar sekali, ${b}. Betul segini?`,
      malformed: `Angkanya kurang jelas, ${b}. Maksudnya begini?`,
      weak_verb: `Ini uang hasil jualan, ${b}?`,
      work_pay_unclear: `Ini upah yang Ibu terima, ${b}, bukan yang Ibu bayar?`,
      supply_guessed: `Ini belanja untuk usaha, ${b}, bukan jualan?`,
      buy_or_exchange: `Ini Ibu beli, ${b}, bukan tukar barang atau uang?`,
      haggle_each_or_total: `Harga tawarnya untuk satu barang, ${b}? Saya hitung begini:`,
      haggle_unread: `Jadi laku berapa setelah ditawar, ${b}? Saya baca begini:`,
      list_price_each_or_total: `Itu harga satu barang atau semuanya, ${b}? Saya hitung begini:`,
      price_tiers: `Itu daftar harga (satuan dan borongan) atau memang dua kali jualan, ${b}? Saya baca begini:`,
      buyer_paid: `Pembeli bayar untuk barang hari ini, ${b}, bukan bayar utang lama?`,
      savings_for_stock: `Tabungan dipakai untuk modal belanja barang, ${b}?`,
      gold_unclear: `Emas ini barang dagangan Ibu, ${b}, bukan simpanan?`,
      cost_of_sold: `Modalnya belum dicatat waktu kulakan, ${b}? Kalau belum, saya catat sebagai belanja:`,
      below_cost: `Harga jualnya di bawah modal, ${b} — memang rugi, atau angkanya tertukar? Saya catat penjualannya begini:`,
      offered_price: `Ini sudah laku, ${b}, atau baru harga jualnya? Kalau sudah laku, saya catat begini:`,
      capital_or_cost: `Modal ini dipakai belanja barang, ${b}? Kalau uang yang dimasukkan ke usaha, tulis "tambah modal" dan jumlahnya. Saya baca begini:`,
      own_goods_sold: `Ini barang dagangan Ibu, ${b}, bukan barang pribadi yang dijual?`,
      family_or_buyer: `Yang beli pembeli, ${b}, bukan anak atau keluarga sendiri?`,
      buyer_or_place_unclear: `Warung itu yang beli dari Ibu, ${b}, bukan tempat Ibu belanja?`,
      bought_elsewhere: `Mereka beli dari Ibu, ${b}, bukan belanja di tempat lain?`,
      withdrawal_guessed: `Uang ini diambil untuk keperluan rumah, ${b}?`,
      named_spender: `Ini belanja untuk usaha Ibu, ${b}?`,
      someone_paid: `Ini Ibu yang bayar, ${b}, bukan orang lain yang bayar ke Ibu?`,
      paid_person_unsaid: `Uang ke orang ini untuk apa, ${b}? Kalau belanja atau ongkos usaha, saya catat begini (bayar utang, pinjaman atau arisan: tulis saja):`,
      payout_whose: `Uang yang cair ini dari mana, ${b}: hasil jualan di marketplace, atau pinjaman, arisan, bantuan? Kalau hasil jualan, saya catat begini:`,
      paid_after_purchase: `Uang ke orang ini sesudah belanja tadi untuk apa, ${b}? Kalau bayar lain untuk usaha, saya catat begini (kalau itu uang yang Ibu serahkan untuk belanja tadi, atau bayar utang: tulis saja):`,
      debt_repaid: `Ini Ibu bayar utang Ibu sendiri, ${b}? Kalau itu utang belanja untuk usaha, saya catat sebagai belanja:`,
      taken_by_someone: `Uang usaha ini diambil untuk keperluan rumah, ${b}?`,
      gift_unclear: `Ini benar dijual, ${b}, bukan diberikan?`,
      mixed_use: `Ini untuk rumah juga, ${b}. Dicatat semua sebagai belanja usaha?`,
      shared_purchase: `Ini dibeli bareng, ${b}. Yang Ibu bayar sendiri segini?`,
      others_part: `Ada uang titipan orang lain di situ, ${b}. Yang uang Ibu sendiri segini?`,
      others_goods: `Ini barang atau uang titipan orang lain, ${b}. Semuanya dicatat sebagai uang Ibu?`,
      kinds_share_amount: `Jualan dan belanja disebut dengan satu angka, ${b}. Saya baca begini:`,
      column_other_kind: `Ada baris modal, pinjaman atau utang di tabel itu, ${b}. Saya baca begini:`,
      row_check_differs: `Di satu baris, jumlahnya tidak sama dengan banyaknya kali harganya, ${b}. Saya baca begini:`,
      household_wage: `Ini gaji orang yang bantu di rumah, ${b}: uang usaha yang dipakai untuk rumah?`,
      part_of_amount: `Angka yang kedua bagian dari angka yang pertama, ${b}? Saya baca begini:`,
      purpose_unplaced: `Ada uang yang belum jelas untuk usaha atau rumah, ${b}. Saya baca begini:`,
      amount_unplaced: `Ada angka yang tidak disebut untuk apa, ${b}. Saya baca begini:`,
      plan_line_left_out: `Baris rencana tidak saya catat, ${b}. Sisanya begini?`,
      period_total_left_out: `Jumlah seminggu atau sebulan itu sudah termasuk hari ini, ${b}, jadi tidak saya catat lagi. Yang harian begini?`,
      several_dates: `Ada beberapa tanggal, ${b}. Dicatat untuk ${day}?`,
      vague_date: `Dicatat untuk ${day}, ${b}?`,
      old_date: `${oldDay} sudah lama, ${b}. Betul tanggalnya?`,
      day_repeated: `Ada hari yang ditulis dua kali, ${b}. Dua-duanya dicatat?`,
      owed_to_whom: `Bagian itu utang pembeli ke Ibu, atau utang Ibu ke orang itu, ${b}? Saya baca begini:`,
      week_unclear: `Hari-harinya minggu ini atau minggu lalu, ${b}? Saya baca begini:`,
      day_without_amount: `Ada hari yang belum ada angkanya, ${b}. Yang ada angkanya begini?`,
      future_date: `Tanggalnya belum lewat, ${b}. Sudah terjadi?`,
      invalid_date: `Tanggalnya tidak bisa saya baca, ${b}. Dicatat begini?`,
      negative_amount: `Ada tanda minus di angkanya, ${b}. Dicatat begini?`,
      mixed_repayment: `Cicilannya tulis terpisah ya, ${b} ("bayar cicilan 300rb"). Selain cicilan, begini?`,
      goods_on_credit: `Belanja ini belum dibayar, masih utang, ${b}. Dicatat sebagai belanja sekarang? Saya baca begini:`,
      not_a_fact: `Ini sudah terjadi, ${b}?`,
      hypothetical: `Ini sudah terjadi, ${b}, bukan rencana?`,
      past_story: `Ini cerita dulu, ${b}, atau terjadi hari ini?`,
      question: `Ibu mau mencatat ini, ${b}?`,
      truncated: `Pesannya panjang, ${b}, hanya sebagian yang terbaca:`,
      down_payment_part: `DP-nya bagian dari harga itu, ${b}, bukan jualan lain? Saya baca begini:`,
      own_debt: `Ini utang belanja Ibu ke toko atau pemasok, ${b}. Kalau barangnya belum dicatat waktu diambil, dicatat sebagai belanja sekarang?`,
      bill_side_unclear: `Tagihan ini dibayar pelanggan ke Ibu, ${b}, atau Ibu yang membayar? Saya baca begini:`,
      tab_whose: `Bon di warung itu untuk usaha atau keperluan rumah, ${b}? Saya baca begini:`,
      kind_told: `Ibu minta dicatat sebagai jenis lain, ${b}. Jenisnya yang mana? Saya baca begini:`,
      lender_paid: `Ini cicilan pinjaman ke bank atau koperasi, ${b}, bukan belanja usaha? Saya baca begini:`,
      sale_word_unclear: `"Sale" itu harga diskon barang yang Ibu beli, ${b}, atau Ibu yang menjual? Saya baca begini:`,
      postage_whose: `Ongkirnya Ibu yang bayar atau pembeli, ${b}? Saya baca begini:`,
      postage_in_total: `Ongkir dari pembeli sudah masuk jumlah itu, ${b}? Saya baca begini:`,
      dp_direction: `DP diterima dari pembeli, ${b}, atau Ibu yang bayar DP? Saya baca begini:`,
      rent_whose: `Ini Ibu yang menyewa untuk acara sendiri, ${b}, bukan Ibu yang menyewakan? Saya baca begini:`,
      allowance: `Uang transport atau honor kegiatan bukan hasil usaha, ${b}. Dicatat sebagai modal masuk?`,
      purchase_part_paid: `Belanja ini baru dibayar sebagian, ${b}. Berapa yang sudah dibayar? Saya baca begini:`,
      marketplace_refund: `Dana yang dikembalikan marketplace ke pembeli, ${b}: apakah uang Ibu ikut berkurang? Saya baca begini:`,
      refund_whom: `Ini uang pembeli yang Ibu kembalikan, ${b}, bukan kembalian atau bayar pinjaman? Kalau ya, jualannya saya kurangi:`,
      sources_unsplit: `Uang ini gabungan dari beberapa sumber, ${b}. Berapa yang hasil jualan? Saya baca begini:`,
      cut_or_piece: `Ada barang lain yang laku juga, ${b}, bukan potongan harga? Saya baca begini:`,
      price_move: `Angka kedua itu hanya naik-turunnya harga, ${b}, bukan catatan lain? Saya catat angka pertama saja:`,
      topup_for_others: `Ibu yang bayar isi ulang untuk orang lain ini, ${b}, bukan jualan ke mereka? Saya baca begini:`,
      moved_to_account: `Uang ini memang keluar dari usaha, ${b}, bukan cuma dipindah ke rekening? Saya baca begini:`,
      catering_side: `Katering ini Ibu yang dibayar, ${b}, atau Ibu yang bayar katering? Saya baca begini:`,
      profit_mismatch: `Untungnya tidak sama dengan hitungan harga jual dikurangi modal, ${b}. Penjualannya saya catat begini:`,
      cost_each_or_total: `Modal itu harga beli per barang, ${b}, bukan belanja hari ini? Kalau begitu, saya catat penjualannya saja:`,
    };
    const lines = [first[note], ...entries.map((e) => `• ${dayKindLine(e, today)}`)];
    // A doubt about the day names the day in its first line: it is not repeated below.
    const dayNamed = note === 'several_dates' || note === 'vague_date' || note === 'old_date';
    if (date !== today && !dayNamed && !ownDays(entries)) lines.push(`📅 ${longDate(date, ID_DATES, today)}`);
    lines.push('Balas "ya" untuk dicatat, atau "tidak".');
    return lines.join('\n');
  },
  askDetail: {
    period_sum: ({ entries, name }) =>
      [
        `${bu(name)}, ${entries[0]?.kind === 'expense' ? 'belanja' : 'jualan'} ${formatRupiah(entries.reduce((sum, e) => sum + e.amount, 0))} itu jumlah beberapa hari, ya.`,
        'Mau dicatat untuk hari apa?',
        'Tulis harinya (misalnya "kemarin"), atau "hari ini" untuk satu catatan hari ini.',
      ].join('\n'),
    no_object: ({ entries, name }) => {
      const e = entries[0];
      const what = e?.kind === 'sale' ? 'jual apa' : e?.kind === 'expense' ? 'beli apa' : 'jual apa / beli apa';
      return [`${bu(name)}, ${formatRupiah(e?.amount ?? 0)} itu ${what}?`, 'Tulis barangnya saja, misalnya "kerudung".'].join('\n');
    },
    face_value: ({ entries, name }) => {
      const item = entries.find((e) => e.item)?.item ?? 'pulsa';
      const [a, b] = entries.map((e) => formatRupiah(e.amount));
      return [`${bu(name)}, berapa yang Ibu terima dari pembeli untuk ${item}: ${a} atau ${b}?`, 'Balas angkanya, misalnya "27rb".'].join('\n');
    },
    small_plain_number: ({ entries, name }) => {
      const amount = entries[0]?.amount ?? 0;
      return [`${bu(name)}, betul ${formatRupiah(amount)} saja, bukan ${formatRupiah(amount * 1000)}?`, `Balas "ya" kalau betul, atau tulis angkanya, misalnya "${amount}rb".`].join('\n');
    },
    implausible_amount: ({ entries, name }) => {
      const amount = entries[0]?.amount ?? 0;
      return [`${bu(name)}, betul ${formatRupiah(amount)} saja?`, 'Balas "ya" kalau betul, atau tulis angkanya, misalnya "50rb".'].join('\n');
    },
    ambiguous_amount: ({ entries, name }) =>
      [`${bu(name)}, angkanya betul ${formatRupiah(entries[0]?.amount ?? 0)}?`, 'Balas "ya", atau tulis angkanya lagi, misalnya "1,5jt".'].join('\n'),
    sale_no_amount: ({ name }) => `Berapa rupiah, ${bu(name)}? Tulis angkanya saja, misalnya "50rb".`,
    no_amount: ({ entries, name }) => {
      const goods = entries[0] ? orderGoods(entries[0], '') : '';
      return [`Berapa uangnya untuk ${goods || 'itu'}, ${bu(name)}?`, 'Tulis angkanya saja, misalnya "75rb".'].join('\n');
    },
    each_or_total: ({ entries, name }) => {
      const [each, total] = entries;
      const goods = total?.item ?? 'barang';
      return [
        `${bu(name)}, ${formatRupiah(total?.amount ?? 0)} itu harga satu ${goods} atau semuanya?`,
        `Balas ${formatRupiah(each?.amount ?? 0)} kalau harga satu, atau ${formatRupiah(total?.amount ?? 0)} kalau semuanya.`,
      ].join('\n');
    },
  },
  todayButton: { label: 'Hari ini', value: 'hari ini' },
  moneyTalk: {
    called_off_event: (name) => `Tidak jadi, ya, ${bu(name)}? Tidak ada yang saya catat. Kalau jadi dibeli, tulis misalnya "beli gas 22rb".`,
    cash_count: (name) =>
      `Uang yang ada di tangan tidak saya catat sebagai jualan, ${bu(name)}. Yang dicatat yang laku, misalnya "laku 3 bros 45rb".`,
    money_talk: (name) => `Itu rencana atau hitungan, ya, ${bu(name)}? Tidak saya catat. Kalau sudah terjadi, tulis misalnya "laku 10 bros @15rb".`,
    price_list: (name) => `Itu daftar harga, ya, ${bu(name)}? Tidak saya catat sebagai jualan. Kalau ada yang laku, tulis misalnya "laku 2 bros 30rb".`,
    haggle: (name) => `Tawar-menawar tidak saya catat, ${bu(name)}. Kalau jadi laku, tulis harga akhirnya, misalnya "laku 1 bros 40rb".`,
    per_day_lines: (name) =>
      `Itu catatan beberapa hari, ya, ${bu(name)}? Supaya tanggalnya benar, kirim satu pesan per hari, misalnya "Senin laku 120rb". Belum ada yang saya catat.`,
    others_takings: (name) => `Itu jualan orang lain, ya, ${bu(name)}? Tidak saya catat di buku Ibu. Jualan Ibu sendiri tulis misalnya "laku 5 bros @15rb".`,
    capital_statement: (name) => `Itu modal yang sudah ada, ya, ${bu(name)}? Tidak saya catat. Kalau ada modal baru masuk, tulis "tambah modal 500rb".`,
    not_to_record: (name) => `Baik, ${bu(name)}, yang itu tidak saya catat. Kalau sudah terlanjur tercatat, ketik "batal".`,
    paid_by_other: (name) =>
      `Yang bayar orang lain, ya, ${bu(name)}? Belum saya catat. Kalau itu pembeli membayar Ibu, tulis misalnya "Bu Sumi bayar 100rb"; kalau belanja usaha, tulis "beli bensin 20rb".`,
    others_money: (name) =>
      `Itu uang orang lain atau untuk orang lain, ya, ${bu(name)}? Belum saya catat. Kalau ada belanja usaha Ibu sendiri, tulis misalnya "beli gas 22rb".`,
    price_talk: (name) => `Itu harga barang di pasaran, ya, ${bu(name)}? Tidak saya catat. Kalau Ibu membelinya, tulis misalnya "beli cabe 1 kg 80rb".`,
    debtor_unnamed: (name) => `Siapa yang bayar utangnya, ${bu(name)}? Tulis dengan namanya, misalnya "Bu Tin bayar utang 20rb", supaya saya cocokkan dengan catatan utangnya.`,
    consignment_placed: (name) =>
      `Barang titipan baru jadi jualan kalau sudah laku, ${bu(name)}. Belum saya catat. Kalau sudah ada yang laku atau dibayar, tulis misalnya "titipan di toko bu Yanti laku 12 @10rb".`,
    own_purse_move: (name) => `Uangnya pindah di dalam usaha Ibu sendiri, ya, ${bu(name)}? Tidak saya catat. Kalau diambil untuk rumah, tulis misalnya "ambil 300rb buat belanja rumah".`,
  },
  askConfirmCredit: ({ entries, date, today, customer, debts }) => {
    const lines = ['Maksud Ibu begini?'];
    for (const e of entries) lines.push(`• ${kindLine(e)}`);
    if (date !== today) lines.push(`📅 ${longDate(date, ID_DATES, today)}`);
    const owed = entries.filter((e) => e.kind === 'sale').reduce((sum, e) => sum + e.amount, 0);
    if (debts) for (const d of debts) lines.push(`• 📒 ${d.customer} belum bayar ${formatRupiah(d.amount)}`);
    else lines.push(`📒 ${customer} belum bayar ${formatRupiah(owed)}`);
    lines.push('Balas "ya" untuk dicatat, atau "tidak".');
    return lines.join('\n');
  },
  yes: 'ya',
  no: 'tidak',
  declined: 'Baik, tidak dicatat. Silakan tulis ulang, misalnya "laku 12 bros @15rb".',

  undone: ({ entries, today, totals }) => {
    // A message of several days: each entry named with its day (one day's totals would say nothing of the others').
    if (new Set(entries.map((e) => e.businessDate)).size > 1) {
      return entries.map((e) => `↩️ Dibatalkan ${withEntryDay({ ...e, date: e.businessDate }, kindLine(e), ID_DATES, today)}`).join('\n');
    }
    const lines = entries.map((e) => `↩️ Dibatalkan: ${kindLine(e)}`);
    const date = entries[0]?.businessDate ?? today;
    if (date !== today) lines.push(`📅 Catatan ${longDate(date, ID_DATES, today)}`);
    lines.push(totalsLine(date, today, totals));
    return lines.join('\n');
  },
  nothingToUndo: 'Belum ada catatan yang bisa dibatalkan, Bu. Catat dulu, misalnya "laku 12 bros @15rb".',
  revokedVoided: (entries) => listed('🗑️ Catatan dibatalkan karena pesannya dihapus:', entries),
  revokedVoidedFor: (member, entries) => listed(`🗑️ Catatan untuk ${bu(member)} dibatalkan karena pesannya dihapus:`, entries),
  revokedToldMember: (writer, entries) => listed(`🗑️ ${bu(writer)} menghapus pesannya, jadi catatan ini dibatalkan:`, entries),

  recap: (r, today) => {
    const current = r.from <= today && today <= r.to;
    const title = current
      ? { day: 'hari ini', week: 'minggu ini', month: 'bulan ini' }[r.period]
      : { day: longDate(r.from, ID_DATES, today), week: 'minggu', month: 'bulan' }[r.period];
    const lines = [r.period === 'day' && !current ? `📊 Rekap ${title}` : `📊 Rekap ${title} (${dateSpan(r.from, r.to, ID_DATES)})`];
    if (r.entries === 0) {
      lines.push('Belum ada catatan. Tulis misalnya "laku 12 bros @15rb".');
      return lines.join('\n');
    }
    lines.push(`Jualan: ${formatRupiah(r.sales)}`);
    if (r.returns) lines.push(`↩️ Retur: ${formatRupiah(r.returns)} (sudah dikurangi dari jualan)`);
    lines.push(`Belanja: ${formatRupiah(r.expenses)}`);
    lines.push(r.profit >= 0 ? `Untung: ${formatRupiah(r.profit)}` : `Rugi: ${formatRupiah(-r.profit)}`);
    // Household money and capital: not part of the profit, shown apart.
    if (r.withdrawals) lines.push(`Diambil untuk rumah tangga: ${formatRupiah(r.withdrawals)}`);
    if (r.capital) lines.push(`Modal masuk: ${formatRupiah(r.capital)}`);
    if (r.capitalToDate || r.withdrawalsToDate) {
      // Capital and jualan in, belanja and household money out, over all her books to that day.
      lines.push(`Uang usaha sampai ${r.to >= today ? 'hari ini' : shortDate(r.to, ID_DATES)}: ${formatRupiah(r.cash)}`);
    }
    lines.push(`${formatNumber(r.entries)} catatan dalam ${r.daysRecorded} hari`);
    if (r.topItems.length > 0) {
      lines.push(`Terlaris: ${r.topItems.map((t) => `${t.item} ${formatRupiah(t.amount)}`).join(' · ')}`);
    }
    return lines.join('\n');
  },

  help: [
    'Cara pakai Dampingi:',
    '• Jualan: "laku 12 bros @15rb"',
    '• Belanja: "beli benang 50rb"',
    '• Hari lain: "kemarin laku 3 kerudung @90rb"',
    '• Rekap: "rekap", "rekap minggu", "rekap bulan"',
    '• Gambar grafik: "grafik", "grafik bulan"',
    '• Barang dikembalikan pembeli: "retur 1 mukena 90rb"',
    '• Salah catat: "batal"',
    '• Ralat: balas pesannya dengan "ralat 150rb" atau "bukan 12 tapi 10"',
    '• Daftar catatan: /catatan, lalu "hapus 3"',
    '• Uang rumah tangga & modal: "ambil 50rb buat dapur", "tambah modal 500rb"',
  ].join('\n'),

  consoleLogin: {
    link: (url, code, minutes) =>
      `Masuk ke konsol program:\n${url}\nAtau ketik kode ${code} di halaman masuk. Berlaku ${minutes} menit, sekali pakai. Jangan berikan ke siapa pun.`,
    code: (code, minutes) => `Kode masuk konsol: ${code}\nBerlaku ${minutes} menit, sekali pakai. Jangan berikan ke siapa pun.`,
    privateOnly: 'Untuk masuk ke konsol, kirim /masuk di chat pribadi dengan saya, bukan di grup.',
    noRole: ({ username, phone }) =>
      `Maaf, konsol hanya untuk pendamping dan staf program. Bila Ibu perlu akses, berikan ke admin program ${
        username ? `username Telegram Ibu: @${username}` : phone ? `nomor HP Ibu: ${phone}` : 'nomor HP Ibu'
      }.`,
    off: 'Maaf, konsol web belum dinyalakan di sini.',
  },

  notUnderstood: 'Maaf, saya belum paham. Coba tulis misalnya "laku 12 bros @15rb" atau "rekap". Ketik "bantuan" untuk contoh lain.',

  hello: (name, part) => `${part ? `Selamat ${part} juga` : 'Halo'}, ${bu(name)} 😊 Mau catat apa hari ini?`,
  salamBack: (name) => `Waalaikumsalam, ${bu(name)} 🙏 Mau catat apa hari ini?`,
  youAreWelcome: (name) => `Sama-sama, ${bu(name)} 😊`,
  gotIt: (name) => `Siap, ${bu(name)} 👍`,

  questionExpired: ({ entries, date, today, answer }) =>
    answer === 'no'
      ? ['Baik, Bu. Yang tadi memang belum dicatat:', ...guessedLines(entries)].join('\n')
      : [
          'Maaf, Bu, pertanyaan saya tadi sudah kedaluwarsa, jadi ini belum dicatat:',
          ...guessedLines(entries),
          `Kalau benar, tulis lagi: ${retypeText(entries, date, today, RETYPE)}`,
        ].join('\n'),
  questionOvertaken: ({ entries, date, today, answer }) =>
    answer === 'no'
      ? ['Baik, Bu. Yang tadi memang belum dicatat:', ...guessedLines(entries)].join('\n')
      : [
          'Pertanyaan saya tadi terlewat karena ada pesan baru, jadi ini belum dicatat:',
          ...guessedLines(entries),
          `Kalau benar, tulis lagi: ${retypeText(entries, date, today, RETYPE)}`,
        ].join('\n'),
  noOpenQuestion: (answer) =>
    answer === 'no'
      ? 'Baik, Bu. Tidak ada yang saya catat.'
      : 'Tidak ada pertanyaan saya yang masih menunggu, Bu, jadi tidak ada yang dicatat. Kalau mau mencatat, tulis lengkap, misalnya "laku 12 bros @15rb".',

  moneyNotRecorded: {
    sale_return: 'Ada barang yang dikembalikan, Bu? Tulis barang dan uangnya, misalnya "retur 1 mukena 90rb", nanti jualannya saya kurangi.',
    sale_return_mixed:
      'Returnya tolong ditulis di pesan sendiri ya, Bu, misalnya "retur 1 mukena 90rb". Jualan dan belanjanya juga dikirim terpisah. Belum ada yang saya catat.',
    not_business_money:
      'Tabungan, arisan, iuran dan bantuan bukan uang usaha, jadi tidak saya catat, Bu. Kalau uangnya diambil dari uang jualan, tulis misalnya: "ambil 50rb buat arisan".',
    personal_money:
      'Uang dari keluarga bukan hasil jualan, jadi tidak saya catat, Bu. Kalau untuk modal usaha, tulis: "tambah modal 200rb".',
    change_given: 'Kembalian bukan jualan, Bu. Tulis saja yang laku, misalnya: "laku 3 bros 45rb".',
    loan_mention:
      'Pinjaman bukan hasil jualan, jadi tidak saya catat, Bu. Kalau membayar cicilan, tulis: "bayar cicilan 300rb".',
    supplier_return:
      'Barang yang dikembalikan ke pemasok bukan jualan, jadi belum ada yang saya catat, Bu. Kalau belanjanya jadi lebih kecil, balas catatan belanjanya dengan "ralat" dan jumlah yang benar, misalnya "ralat 40rb".',
    refund_unclear:
      'Uang kembali ini dari pembeli atau dari pemasok, Bu? Kalau pembeli mengembalikan barang, tulis misalnya "dikembalikan pembeli 1 mukena 90rb". Belum ada yang saya catat.',
    money_back_to_her:
      'Uang ini dikembalikan orang ke Ibu, Bu? Itu bukan jualan. Kalau orangnya membayar utang ke Ibu, tulis misalnya "Bu Tin bayar utang 100rb". Kalau pembeli mengembalikan barang, tulis "dikembalikan pembeli 1 mukena 90rb". Belum ada yang saya catat.',
    postage_by_buyer:
      'Ongkir yang dibayar pembeli hanya lewat, bukan uang Ibu, jadi tidak saya catat. Kalau Ibu yang menanggung, tulis misalnya "ongkir saya tanggung 15rb".',
    money_lost:
      'Uang yang hilang atau kena tipu bukan jualan, jadi tidak saya catat, Bu. Yang laku tetap ditulis seperti biasa, misalnya "laku 3 bros 45rb".',
    windfall:
      'Hadiah dan uang undian bukan hasil jualan, jadi tidak saya catat, Bu. Kalau dipakai untuk usaha, tulis: "tambah modal 200rb".',
  },

  noOpenLead: 'Belum ada peluang pasar yang bisa dijawab, Bu. Kalau mau mencatat jualan, tulis misalnya "laku 12 bros @15rb".',

  repaymentAskAmount: 'Berapa yang dibayar, Bu? Contoh: bayar cicilan 883rb',
  askRepayment: (amount) => `Maksud Ibu sudah bayar cicilan pinjaman ${formatRupiah(amount)}?\nBalas "ya" untuk dicatat, atau "tidak".`,
  repaymentDeclined: 'Baik, cicilannya tidak dicatat. Kalau sudah bayar, tulis misalnya "bayar cicilan 300rb".',
  repaymentQuestionExpired: (amount) =>
    `Pertanyaan saya soal cicilan ${formatRupiah(amount)} sudah kedaluwarsa, jadi belum dicatat. Kalau sudah bayar, tulis lagi misalnya "bayar cicilan 300rb".`,
  askSetor: (amount) =>
    `Setor ${formatRupiah(amount)} itu untuk apa, Bu? Kalau cicilan pinjaman, tulis: "setor cicilan ${formatRupiah(amount)}". Tabungan dan arisan tidak saya catat.`,
  repaymentNoLoan: 'Belum ada pinjaman yang tercatat untuk Ibu atau kelompok Ibu. Tanyakan ke pendamping ya, Bu, misalnya: "Bu, pinjaman saya sudah dicatat?"',
  repaymentWhichLoan: (labels) => {
    const groups = labels.filter((l): l is string => l !== null);
    return [
      'Ibu punya beberapa pinjaman. Tulis cicilannya di tempatnya ya, Bu:',
      ...(labels.includes(null) ? ['• Pinjaman pribadi: di chat ini, misalnya "bayar cicilan pribadi 300rb"'] : []),
      ...groups.map((g) => `• Pinjaman kelompok ${g}: di grup chat kelompok ${g}`),
    ].join('\n');
  },
  repaymentRecorded: ({ amount, label, status }) => {
    const waiting = status.awaitingConfirmation > 0 ? ', menunggu konfirmasi pendamping' : '';
    const standing = standingLinesId({ ...status, awaitingConfirmation: 0 });
    return [`✅ Cicilan ${formatRupiah(amount)} dicatat${label ? ` (${label})` : ''}${waiting}.`, ...standing].join('\n');
  },
  repaymentReported: ({ amount, label }) =>
    `📝 Cicilan ${formatRupiah(amount)}${label ? ` (${label})` : ''} dicatat, menunggu konfirmasi bendahara atau pendamping.`,
  repaymentToConfirm: ({ payer, amount, label, paymentId }) =>
    `${bu(payer)} bilang sudah bayar cicilan ${formatRupiah(amount)}${label ? ` untuk kelompok ${label}` : ''}. Uangnya sudah Ibu terima? Tekan konfirmasi atau balas: /konfirmasi ${paymentId}`,
  confirmWord: 'konfirmasi',
  confirmUsage: 'Tulis nomor pembayarannya, misalnya: /konfirmasi 12',
  alreadyConfirmed: 'Pembayaran itu sudah dikonfirmasi sebelumnya, Bu. Tidak perlu apa-apa lagi.',
  paymentConfirmedForPayer: ({ amount, label }) => `✅ Cicilan ${formatRupiah(amount)}${label ? ` (${label})` : ''} sudah dikonfirmasi. Terima kasih, Bu.`,
  loanStanding: ({ label, status }) =>
    [`💰 Pinjaman ${label ?? 'pribadi'}: ${formatRupiah(status.totals.paid)} dari ${formatRupiah(status.totals.total)} sudah dibayar.`, ...standingLinesId(status)].join('\n'),

  optedOut:
    'Baik, Ibu tidak akan menerima pengingat dan info peluang lagi. Mencatat jualan tetap bisa seperti biasa. Ketik MULAI kalau mau menerima lagi.',
  optedIn: 'Siap, pengingat dan info peluang akan Ibu terima lagi. Ketik BERHENTI kapan saja untuk berhenti.',

  joinUsage: 'Tulis kode kelompok dari pendamping, misalnya: /gabung MLT4K9',
  joinInPrivate: 'Untuk bergabung, kirim /gabung KODE lewat chat pribadi dengan saya ya.',
  joined: (group) => `🎉 Selamat bergabung di kelompok ${group}! Catatan jualan Ibu tetap milik Ibu dan ikut dihitung di kelompok mulai sekarang.`,
  alreadyMember: (group) => `Ibu sudah jadi anggota kelompok ${group}.`,
  askName: 'Boleh tahu nama Ibu? Balas dengan nama saja, misalnya: Ani',
  nameSaved: (name) => `Terima kasih, ${bu(name)}.`,
  askNameAgain: 'Oh ya, nama Ibu siapa? Balas nama saja, misalnya: Siti',
  nameSkipped: 'Tidak apa-apa, Bu. Kalau nanti mau, tulis: nama saya Siti',
  nameChanged: (name) => `✅ Baik, sekarang saya panggil ${bu(name)}.`,
  nameProblem: (problem) => NAME_PROBLEM[problem],
  renameUsage: 'Tulis nama Ibu setelah /nama, misalnya: /nama Siti Aminah',
  askPhone:
    'Kalau pendamping sudah mendaftarkan Ibu dengan nomor HP, tekan tombol di bawah supaya data Ibu jadi satu. Nomor hanya dipakai untuk itu.',
  askPhoneButton: '📱 Kirim nomor HP saya',
  phoneKnown: 'Nomor HP Ibu sudah saya kenal dari WhatsApp, Bu. Tidak perlu dikirim lagi.',
  phoneSaved: '✅ Terima kasih, nomor HP Ibu sudah tersimpan.',
  phoneMerged: (name) => `✅ Terima kasih, ${bu(name)}. Nomor Ibu cocok dengan data dari pendamping: catatan Ibu sekarang jadi satu.`,
  phoneMergedStaff: (name) => `✅ Terima kasih, ${bu(name)}. Nomor Ibu cocok dengan data Ibu di program: chat ini sekarang terhubung dengan Ibu. Kirim /masuk untuk masuk ke konsol program.`,
  phoneTaken: 'Nomor ini sudah terhubung ke data lain, jadi tidak saya ubah. Minta bantuan pendamping Ibu ya.',
  phoneInvalid: 'Maaf, nomor itu tidak bisa saya baca. Coba tekan tombol "Kirim nomor HP saya" lagi.',
  renameMemberUsage: 'Tulis anggota lalu nama barunya, misalnya: /nama @Ani Siti Aminah, atau /nama Ani Lestari jadi Siti Aminah',
  memberRenamed: (from, to) => `✅ Nama ${bu(from)} sekarang ${to}.`,
  renamedByFacilitator: (name) => `Pendamping mengganti nama Ibu di catatan kelompok menjadi ${name}. Kalau kurang pas, balas: nama saya …`,
  memberJoined: (name, group) => `👋 ${bu(name)} bergabung di kelompok ${group}.`,
  linkUsage: 'Tulis kode kelompok, misalnya: /hubungkan MLT4K9',
  linkInGroup: 'Kirim /hubungkan KODE di grup kelompoknya, bukan di chat pribadi, misalnya: /hubungkan MLT4K9',
  linked: (group) => `✅ Grup ini sekarang terhubung dengan kelompok ${group}. Anggota bisa mencatat jualan di sini.`,
  codeLocked: ({ minutes, minuteOfDay }) =>
    `Kodenya sudah beberapa kali salah, Bu. Demi keamanan kelompok, coba lagi mulai pukul ${clockId(minuteOfDay)} (sekitar ${minutes} menit lagi), misalnya: /gabung MLT4K9`,
  linkTakeoverRefused: ({ current, wanted, currentFacilitator }) =>
    `Grup chat tadi sudah terhubung dengan kelompok ${current} (pendamping ${currentFacilitator}), jadi tidak saya pindah ke ${wanted}. Beliau sudah saya beri tahu. Kalau memang perlu dipindah, bicarakan dengan beliau ya, Bu.`,
  linkTakeoverTried: ({ by, current, wanted }) =>
    `⚠️ ${by} mencoba menghubungkan grup chat kelompok ${current} ke kelompok ${wanted}. Saya tolak, jadi grup itu tetap terhubung dengan ${current}.`,
  chatNotLinked: 'Grup ini belum terhubung ke kelompok. Pendamping bisa mengirim /hubungkan KODE di sini.',
  pendingMember: (name, group) =>
    `${bu(name)} menulis di grup ${group} tapi belum terdaftar sebagai anggota. Untuk menerimanya, tulis di grup itu: /peran ${name} anggota`,
  noGroupsYet: 'Ibu belum mendampingi kelompok mana pun. Minta admin membuatkan kelompok, lalu kirim /hubungkan KODE di grup chatnya.',
  whichGroup: (groups) => `Ibu mendampingi beberapa kelompok: ${groups.join(', ')}. Tulis perintahnya di grup kelompok itu, atau tambahkan namanya, misalnya /anggota ${groups[0] ?? ''}.`,
  roleUsage: 'Tulis nama dan perannya, misalnya: /peran @Ani bendahara (peran: ketua, sekretaris, bendahara, anggota).',
  roleSet: (name, role) => `✅ ${bu(name)} sekarang ${ROLE_ID[role]}.`,
  memberNotFound: (name) => `Tidak ada anggota bernama ${name} di kelompok ini. Ketik /anggota untuk melihat namanya.`,
  memberAmbiguous: (name) => `Ada beberapa anggota bernama ${name}. Tulis nama lengkapnya, misalnya "${name} Lestari".`,
  memberList: (group, members) => {
    if (members.length === 0) return `Kelompok ${group} belum punya anggota.`;
    const lines = [`👥 Anggota ${group} (${members.length}):`];
    for (const m of members) {
      lines.push(`• ${m.name}${m.role !== 'anggota' ? ` — ${ROLE_ID[m.role]}` : ''}${m.status === 'pending' ? ' (belum diterima)' : ''}`);
    }
    return lines.join('\n');
  },
  notRecorded: (group, names) =>
    names.length === 0
      ? `👍 Semua anggota ${group} sudah mencatat minggu ini.`
      : [`Belum mencatat minggu ini di ${group} (${names.length}):`, ...names.map((n) => `• ${n}`)].join('\n'),
  leadInPrivate: 'Buat peluang lewat chat pribadi dengan saya ya, Bu. Kirim ke saya, misalnya: /peluang asesoris: butuh 200 bros',
  leadFormError: (error, unknown, known) =>
    ({
      no_colon: 'Tulis usahanya, titik dua, lalu isinya. Contoh: /peluang asesoris: Wisuda IAIN 12 Des, butuh 200 bros, batas jawab 5 Des',
      no_trade: unknown.length
        ? `Usaha "${unknown.join(', ')}" tidak dikenal. Pilihan: ${known.join(', ')}.`
        : `Sebutkan usahanya. Pilihan: ${known.join(', ')}. Misalnya: /peluang ${known[0] ?? 'asesoris'}: butuh 200 bros`,
      no_text: 'Isi peluangnya masih kosong. Tulis setelah titik dua, misalnya: /peluang asesoris: butuh 200 bros',
      too_long: 'Isi peluangnya terlalu panjang. Ringkas jadi paling banyak 1.000 huruf ya, misalnya: Wisuda IAIN 12 Des, butuh 200 bros.',
    })[error],
  leadAskTrades: (names) =>
    ['Peluang ini untuk usaha apa? Pilih nomornya (boleh lebih dari satu, misalnya 1,3):', ...names.map((n, i) => `${i + 1}. ${n}`)].join('\n'),
  leadAskText: 'Tulis isi peluangnya: acara, tanggal, kebutuhan. Contoh: Wisuda IAIN 12 Des, butuh 200 bros.',
  leadAskDeadline: 'Sampai kapan anggota boleh menjawab? Contoh: 5 Des. Ketik "lewati" kalau tidak ada.',
  leadAskQuantity: 'Berapa jumlah yang dibutuhkan? Tulis angkanya saja, atau "lewati".',
  leadAskDownPayment: 'Ada DP berapa persen dari harga? Contoh: 50 (artinya setengah harga). Ketik "lewati" kalau tidak ada.',
  leadCancelled: 'Baik, peluang tidak jadi dikirim. Kalau mau membuat lagi, ketik /peluang.',
  leadConfirmAgain: 'Kirim peluang ini sekarang? Balas "kirim" atau "tidak".',
  leadSendWord: 'kirim',
  leadPreview: (lead, reach) =>
    [
      'Pesan peluangnya nanti begini:',
      '',
      leadBody(lead),
      '',
      `Dikirim ke ${reach.groups} kelompok (${reach.groupChats} grup chat) dan ${reach.people} anggota.`,
      'Kirim sekarang? Balas "kirim" atau "tidak".',
    ].join('\n'),
  leadBroadcast: (lead) => leadBody(lead),
  leadSent: (code, reach) =>
    `📤 Peluang ${code} sedang dikirim ke ${reach.groupChats} grup chat dan ${reach.people} anggota. Lihat jawabannya dengan /peluang ${code}.`,
  leadWhich: (codes) => `Untuk peluang yang mana, Bu? Tulis misalnya: minat ${codes[0]} 50. Peluang terbuka: ${codes.join(', ')}.`,
  leadAnswered: (lead, quantity) =>
    quantity === null
      ? `✅ Minat Ibu untuk peluang ${leadName(lead)} dicatat. Berapa yang sanggup? Balas misalnya: minat ${lead.code} 50`
      : `✅ Minat Ibu untuk peluang ${leadName(lead)} dicatat: sanggup ${formatNumber(quantity)}. Pendamping akan menghubungi Ibu.`,
  leadTally: (lead, name, quantity, tally) =>
    `📥 Peluang ${leadName(lead)}: ${bu(name)} minat${quantity === null ? '' : ` ${formatNumber(quantity)}`}. Total ${tally.people} orang, ${formatNumber(tally.quantity)}${lead.quantityWanted ? ` dari ${formatNumber(lead.quantityWanted)}` : ''}.`,
  leadWhichDecline: (codes) => `Untuk peluang yang mana, Bu? Tulis misalnya: ${codes[0]} belum bisa. Peluang terbuka: ${codes.join(', ')}.`,
  leadDeclined: (lead) => `Baik Bu, tidak apa-apa. Peluang ${leadName(lead)} dilewati dulu. Semoga lain kali cocok 🙏`,
  leadDeclineHow: (lead) => `Kalau maksud Ibu melewatkan peluang ${leadName(lead)}, balas pesan peluangnya dengan "belum bisa", atau tulis: ${lead.code} belum bisa`,
  leadDeclineKeepsInterest: (lead, quantity) =>
    `Ibu sudah minat${quantity !== null ? ` ${formatNumber(quantity)}` : ''} untuk peluang ${leadName(lead)}, dan itu tetap tercatat. Kalau memang mau mundur, tulis: ${lead.code} belum bisa`,
  leadDeclineTally: (lead, name, tally) =>
    `📥 Peluang ${leadName(lead)}: ${bu(name)} belum bisa. Minat ${tally.people} orang, ${formatNumber(tally.quantity)}${lead.quantityWanted ? ` dari ${formatNumber(lead.quantityWanted)}` : ''}; belum bisa ${tally.declines.length} orang.`,
  leadDetails: (lead, tally, stats) => {
    const lines = [
      `📢 Peluang ${lead.code} (${lead.status === 'open' ? 'terbuka' : 'ditutup'})`,
      lead.text,
      `Terkirim: ${stats.sent} · menunggu: ${stats.queued} · gagal: ${stats.failed} (${stats.groupChats} grup chat, ${stats.people} anggota)`,
      `Jawaban: ${tally.people} orang, ${formatNumber(tally.quantity)}${lead.quantityWanted ? ` dari ${formatNumber(lead.quantityWanted)}` : ''}`,
    ];
    for (const r of tally.responses) {
      lines.push(`• ${r.name}: ${r.quantity === null ? '?' : formatNumber(r.quantity)}${r.awardedQuantity ? ` — dipilih ${formatNumber(r.awardedQuantity)}` : ''}`);
    }
    if (tally.declines.length > 0) lines.push(`Belum bisa: ${tally.declines.map((d) => d.name).join(', ')}`);
    return lines.join('\n');
  },
  leadList: (rows) =>
    rows.length === 0
      ? 'Ibu belum pernah mengirim peluang. Mulai dengan /peluang, misalnya: /peluang asesoris: butuh 200 bros'
      : ['Peluang Ibu:', ...rows.map(({ lead, tally }) => `• ${lead.code} ${lead.status === 'open' ? '🟢' : '⚪'} ${truncate(lead.text, 40)} — ${tally.people} orang, ${formatNumber(tally.quantity)}`)].join('\n'),
  leadCloseUsage: 'Tulis kode peluangnya, misalnya: /tutup P12',
  leadClosedForOwner: (lead, tally) => `🔒 Peluang ${leadName(lead)} ditutup. Jawaban: ${tally.people} orang, ${formatNumber(tally.quantity)}.`,
  leadClosedForAnswerer: (lead) => `🔒 Peluang ${leadName(lead)} sudah ditutup. Terima kasih atas minatnya, Bu.`,
  leadAwardUsage: 'Tulis kode, nama dan jumlahnya, misalnya: /pilih P12 @Ani 100',
  leadNotResponder: (name, code) => `${bu(name)} belum menjawab peluang ${code}. Ketik /peluang ${code} untuk melihat siapa yang menjawab.`,
  leadAwarded: (lead, quantity) => `🎉 Ibu terpilih untuk peluang ${leadName(lead)}: ${formatNumber(quantity)}. Pendamping akan menghubungi Ibu untuk rinciannya.`,
  leadAwardDone: (name, lead, quantity) => `✅ ${bu(name)} dipilih untuk peluang ${leadName(lead)}: ${formatNumber(quantity)}. Beliau sudah diberi tahu.`,
  reminderRepayment: ({ reader, borrower, number, dueDate, days, amount }) => {
    const what = `cicilan ke-${number} ${borrower === null ? 'Ibu' : 'group' in borrower ? `kelompok ${borrower.group}` : bu(borrower.member)}`;
    const due = longDate(dueDate, ID_DATES);
    // A group chat is spoken to as "Ibu-ibu", one reader as "Bu".
    const you = reader === 'group_chat' ? everyone : 'Bu';
    // The facilitator does not pay: she is asked to help the one who does.
    const ask =
      reader !== 'facilitator'
        ? undefined
        : borrower !== null && 'member' in borrower
          ? `Mohon bantu ingatkan ${bu(borrower.member)} ya.`
          : 'Mohon bantu ingatkan bendahara kelompoknya ya.';
    if (days > 1) return `⏰ Pengingat: ${what} ${formatRupiah(amount)}, batas bayar ${due} (${days} hari lagi).`;
    if (days === 1) return `⏰ Pengingat: ${what} ${formatRupiah(amount)}, batas bayar besok, ${due}.`;
    if (days === 0) return `⏰ Hari ini batas bayar ${what}: ${formatRupiah(amount)}. ${ask ?? `Jangan lupa setor ya, ${you}.`}`;
    return `⚠️ C${what.slice(1)} terlambat ${-days} hari (batas bayar ${due}). Masih kurang ${formatRupiah(amount)}. ${ask ?? `Mohon segera disetor ya, ${you}.`}`;
  },
  reminderNudge: (name) => `📒 Halo ${bu(name)}! Minggu ini belum ada catatan jualan Ibu. Yuk catat, cukup satu pesan, misalnya: laku 12 bros @15rb`,
  reminderDigest: ({ group, from, to, members, recorded, sales, expenses }) =>
    [
      `📊 Rekap kelompok ${group} minggu ini (${dateSpan(from, to, ID_DATES)})`,
      ...(recorded === 0
        ? [`Belum ada yang mencatat minggu ini, ${everyone}. Yuk mulai, cukup satu pesan: laku 12 bros @15rb`]
        : [`Yang mencatat: ${recorded} dari ${members} anggota`, `Jualan: ${formatRupiah(sales)}`, `Belanja: ${formatRupiah(expenses)}`, `Terima kasih, ${everyone}, yang sudah mencatat! 🙏`]),
    ].join('\n'),
  reminderQuarterly: ({ name, from, turnover }) =>
    [
      `📋 Halo ${bu(name)}! Laporan ${quarterId(quarterOf(from))}.`,
      `Omset dari catatan Ibu: ${formatRupiah(turnover)}`,
      turnover > 0
        ? 'Berapa aset usaha Ibu sekarang, dan berapa karyawannya? Balas misalnya: aset 5jt karyawan 2'
        : 'Berapa aset usaha Ibu sekarang, omsetnya, dan berapa karyawannya? Balas misalnya: aset 5jt omset 3jt karyawan 2',
    ].join('\n'),
  quarterlyReportSaved: ({ to, assets, turnoverReported, turnoverFromBooks, employees }) =>
    [
      `✅ Laporan ${quarterId(quarterOf(to))} dicatat:`,
      `Aset: ${assets === null ? 'belum ditulis' : formatRupiah(assets)}`,
      turnoverReported === null
        ? `Omset: ${formatRupiah(turnoverFromBooks)} (dari catatan Ibu)`
        : `Omset: ${formatRupiah(turnoverReported)} (catatan Ibu: ${formatRupiah(turnoverFromBooks)})`,
      `Karyawan: ${employees === null ? 'belum ditulis' : formatNumber(employees)}`,
      assets === null || employees === null ? `Tinggal tulis yang belum, misalnya: ${assets === null ? 'aset 5jt' : 'karyawan 2'}` : 'Terima kasih, Bu.',
    ].join('\n'),
  chartLabels: ({ period, from, to, today }) => ({
    title: `${period === 'week' ? (from <= today && today <= to ? 'Minggu ini' : 'Minggu') : from <= today && today <= to ? 'Bulan ini' : 'Bulan'} · ${periodSpan(from, to, ID_DATES, today)}`,
    sales: 'Jualan',
    expenses: 'Belanja',
    day: (date) => (period === 'week' ? ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'][dayOfWeek(date)]! : String(Number(date.slice(8, 10)))),
    amount: (value) => abbreviateAmount(value, ID_UNITS),
  }),
  chartCaption: (r, today) =>
    [
      `📊 Grafik ${r.from <= today && today <= r.to ? `${r.period === 'week' ? 'minggu' : 'bulan'} ini` : r.period === 'week' ? 'minggu' : 'bulan'} (${periodSpan(r.from, r.to, ID_DATES, today)})`,
      `Jualan: ${formatRupiah(r.sales)}`,
      `Belanja: ${formatRupiah(r.expenses)}`,
      r.profit >= 0 ? `Untung: ${formatRupiah(r.profit)}` : `Rugi: ${formatRupiah(-r.profit)}`,
    ].join('\n'),
  chartEmpty: (period, today, { from, to }) =>
    `Belum ada catatan ${period === 'week' ? 'minggu' : 'bulan'}${from <= today && today <= to ? ' ini' : ''}, jadi grafiknya belum bisa dibuat. Tulis misalnya "laku 12 bros @15rb".`,
  // Corrections, remembered prices, household money
  askAmountFor: (item) =>
    item
      ? `Berapa uangnya untuk ${item}, Bu? Tulis dengan harga, misalnya "laku 5 ${item} @15rb" atau "laku 5 ${item} 75rb".`
      : 'Berapa uangnya, Bu? Tulis dengan harga, misalnya "laku 5 bros @15rb" atau "laku 5 bros 75rb".',
  askPriced: ({ entries, date, today, source, group }) => {
    const lines = [source === 'own' ? 'Pakai harga terakhir Ibu?' : `Pakai harga kelompok${group ? ` ${group}` : ''}?`];
    for (const e of entries) lines.push(`• ${entryLine(e)}`);
    if (date !== today) lines.push(`📅 ${longDate(date, ID_DATES, today)}`);
    lines.push('Balas "ya" untuk dicatat, atau "tidak".');
    return lines.join('\n');
  },
  priceDeclined: (item) => `Baik, belum dicatat. Berapa harganya, Bu? Tulis misalnya "laku 5 ${item ?? 'bros'} @15rb".`,
  editTooOld: (date, today) =>
    `Pesan ${longDate(date, ID_DATES, today)} itu sudah lama, jadi perubahannya tidak saya catat. Ketik /catatan untuk melihat catatan Ibu, atau minta bantuan pendamping ya, Bu.`,
  corrected: ({ old, new: replacement, date, today, totals }) => {
    const lines =
      old.length === 1 && replacement.length === 1
        ? [`✏️ Diubah: ${changeLine(old[0]!, replacement[0]!)}`]
        : ['✏️ Diubah:', ...old.map((e) => `  ✗ ${kindLine(e)}`), ...replacement.map((e) => `  ✓ ${kindLine(e)}`)];
    // The day's totals line names the day when it is not today.
    lines.push(totalsLine(date, today, totals));
    return lines.join('\n');
  },
  nothingToCorrect: 'Belum ada catatan yang bisa diralat, Bu. Catat dulu, misalnya "laku 12 bros @15rb".',
  correctionUsage: 'Tulis ralatnya, misalnya "ralat 150rb" atau "bukan 12 tapi 10", sambil membalas pesan yang salah.',
  correctionWhich: (rows, today) =>
    [
      'Catatan itu ada beberapa baris. Yang mana yang salah? Hapus dengan nomornya, lalu tulis ulang yang benar:',
      ...rows.map(({ number, entry }) => `${number}. ${entryDate(entry.businessDate, today)} · ${kindLine(entry)}`),
      `Contoh: "hapus ${rows[0]?.number ?? 1}"`,
    ].join('\n'),
  entryList: (entries, today) =>
    entries.length === 0
      ? 'Belum ada catatan. Tulis misalnya "laku 12 bros @15rb".'
      : [
          `📒 ${entries.length} catatan terakhir:`,
          ...entries.map((e, i) => `${i + 1}. ${entryDate(e.businessDate, today)} · ${kindLine(e)}`),
          'Mau menghapus salah satu? Ketik "hapus" dan nomornya, misalnya "hapus 3".',
        ].join('\n'),
  deleted: ({ entry, today, totals }) =>
    [
      `🗑️ Dihapus: ${kindLine(entry)}`,
      ...(entry.businessDate !== today ? [`📅 Catatan ${longDate(entry.businessDate, ID_DATES, today)}`] : []),
      totalsLine(entry.businessDate, today, totals),
    ].join('\n'),
  deleteNotFound: (index) => `Nomor ${index} tidak ada di daftar, Bu. Ketik /catatan untuk melihat daftarnya, lalu misalnya "hapus 1".`,
  listFirst: (index) =>
    `Nomor ${index} yang mana, Bu? Ketik /catatan dulu untuk melihat daftarnya, lalu tulis nomornya dari daftar itu, misalnya "hapus ${index}".`,
  listedGone: (index) => `Catatan nomor ${index} di daftar itu sudah dihapus. Ketik /catatan untuk melihat daftar terbaru.`,
  deleteAllAsk: ({ entries, date, today }) =>
    [
      `Hapus semua ${entries.length} catatan ${date === today ? 'hari ini' : longDate(date, ID_DATES, today)}?`,
      ...entries.map((e) => `• ${kindLine(e)}`),
      'Balas "ya" untuk menghapus semuanya, atau "tidak".',
    ].join('\n'),
  deleteAllNone: (date, today) => `Tidak ada catatan ${date === today ? 'hari ini' : longDate(date, ID_DATES, today)} yang bisa dihapus. Ketik /catatan untuk melihat catatan Ibu.`,
  deletedAll: ({ entries, date, today, totals }) =>
    [
      `🗑️ Dihapus ${entries.length} catatan ${date === today ? 'hari ini' : longDate(date, ID_DATES, today)}:`,
      ...entries.map((e) => `• ${kindLine(e)}`),
      totalsLine(date, today, totals),
    ].join('\n'),
  deleteAllKept: 'Baik, tidak ada yang dihapus.',
  askKind: ({ entries, date, today }) => {
    const lines = ['Ini jualan atau belanja, Bu?'];
    for (const e of entries) lines.push(`• ${withEntryDay(e, entryLine(e), ID_DATES, today)}`);
    if (date !== today && !ownDays(entries)) lines.push(`📅 ${longDate(date, ID_DATES, today)}`);
    lines.push('Balas "1" untuk jualan atau "2" untuk belanja.');
    return lines.join('\n');
  },
  kindChoice: { sale: { label: '1. Jualan', value: 'jualan' }, expense: { label: '2. Belanja', value: 'belanja' } },
  kindQuestionExpired: ({ entries, date, today, answer }) => {
    const lines = entries.map((e) => `• ${entryLine(e)}`);
    if (answer === 'no') return ['Baik, Bu. Yang tadi memang belum dicatat:', ...lines].join('\n');
    const as = (kind: 'sale' | 'expense') => retypeText(entries.map((e) => ({ ...e, kind })), date, today, RETYPE);
    return [
      'Maaf, Bu, pertanyaan saya tadi sudah kedaluwarsa, jadi ini belum dicatat:',
      ...lines,
      `Kalau jualan, tulis "${as('sale')}"; kalau belanja, tulis "${as('expense')}".`,
    ].join('\n');
  },
  moved: ({ entries, from, to, today, totalsFrom, totalsTo }) =>
    [
      `📅 Dipindah dari ${dayLabel(from, today)} ke ${dayLabel(to, today)}:`,
      ...entries.map((e) => `• ${kindLine(e)}`),
      totalsLine(to, today, totalsTo),
      totalsLine(from, today, totalsFrom),
    ].join('\n'),
  movedAlready: (date, today) => `Catatan itu memang sudah untuk ${date === today ? 'hari ini' : longDate(date, ID_DATES, today)}. Tidak ada yang diubah. Kalau harinya lain, tulis misalnya "ralat, itu kemarin".`,
  kindAlready: (kind) => `Catatan itu memang sudah tercatat sebagai ${KIND[kind].toLowerCase()}. Tidak ada yang diubah. Ketik /catatan untuk melihat catatan Ibu.`,
  correctionNotThatKind: (kind) =>
    `Catatan terakhir Ibu bukan ${KIND[kind].toLowerCase()}. Ketik /catatan, lalu tulis nomornya, misalnya "ralat no 2, itu kemarin".`,
  correctionMismatch: ({ named, money, entries }) =>
    [
      `Angka ${money ? formatRupiah(named) : formatNumber(named)} tidak ada di catatan ini:`,
      ...entries.map((e) => `• ${kindLine(e)}`),
      'Tidak ada yang diubah. Tulis angka yang salah dan yang benar, misalnya "bukan 15rb tapi 20rb", atau tulis ulang barisnya: "ralat: laku 3 bros @15rb".',
    ].join('\n'),
  correctionOtherItem: ({ number, entry, item }) =>
    [
      `${number !== null ? `Nomor ${number}` : 'Catatan itu'} adalah ${kindLine(entry)} — bukan ${item}. Tidak ada yang diubah.`,
      `Kalau memang ${item}, tulis lengkap dengan harganya, misalnya "ralat${number !== null ? ` no ${number}` : ''}: laku 3 ${item} @15rb".`,
    ].join('\n'),
  correctionAskOtherItem: ({ number, old, new: replacement }) =>
    [
      `${number !== null ? `Nomor ${number}` : 'Catatan itu'} adalah ${kindLine(old)}. Diganti dengan barang lain?`,
      ...replacement.map((e) => `• ${kindLine(e)}`),
      'Balas "ya" untuk mengganti, atau "tidak".',
    ].join('\n'),
  correctionKept: 'Baik, tidak diubah.',
  correctionUnsure:
    'Maaf, ralatnya kurang jelas, jadi belum saya ubah. Tulis misalnya "ralat 150rb", "bukan 12 tapi 10", "ralat, itu kemarin" atau "ralat no 2: laku 3 bros @15rb".',
  undoUnsure:
    'Maaf, saya kurang paham, jadi belum ada yang saya ubah. Kalau mau membatalkan catatan terakhir, ketik "batal". Kalau mau mengubahnya, tulis misalnya "ralat 150rb" atau "ralat, itu kemarin".',
  priceSet: ({ group, item, unitPrice, unit }) => `✅ Harga kelompok ${group}: ${item} ${formatRupiah(unitPrice)}${unit ? `/${unit}` : ''}`,
  priceList: (group, prices) =>
    prices.length === 0
      ? `Kelompok ${group} belum punya daftar harga. Pendamping atau ketua bisa menulis misalnya "/harga emping 80rb/kg".`
      : [`🏷️ Harga kelompok ${group}:`, ...prices.map((p) => `• ${p.item} ${formatRupiah(p.unitPrice)}${p.unit ? `/${p.unit}` : ''}`)].join('\n'),
  priceInGroupChat: (groups) => `Ibu mengurus beberapa kelompok (${groups.join(', ')}). Kirim /harga di grup chat kelompoknya ya, misalnya: /harga emping 80rb/kg`,
  priceNoGroup: 'Ibu belum tergabung di kelompok mana pun, jadi belum ada daftar harga kelompok. Kalau punya kode dari pendamping, kirim misalnya: /gabung MLT4K9',

  // Flood throttling
  floodNotice:
    'Pesannya banyak sekali sekaligus, jadi saya catat pelan-pelan ya, Bu. Tidak ada yang hilang. Setelah semuanya tercatat, saya kirim totalnya.',

  // A message set aside after its handling kept failing
  setAsideNotice:
    'Maaf, pesan ini belum bisa saya catat. Pesannya sudah disimpan untuk diperiksa petugas, jadi tidak perlu dikirim ulang ya, Bu. Nanti saya kabari setelah tercatat.',

  // Orders, credit sales, entries on a member's behalf, voice notes and photos
  orderTaken: ({ order, today }) => {
    const due = order.dueDate ? `, selesai ${dueWordId(order.dueDate, today)}` : '';
    const lines = [`📝 Pesanan ${orderWhatId(order, 'dari')} ${order.customer} dicatat${due}.`, orderFactsId({ ...order, dueDate: null }, today)[0]!];
    const day = order.orderDate === today ? 'hari ini' : longDate(order.orderDate, ID_DATES, today);
    if (order.paid > 0 && order.paid >= order.total) lines.push(`✅ Lunas di depan: ${formatRupiah(order.paid)} dicatat sebagai jualan ${day}.`);
    else if (order.paid > 0) lines.push(`✅ DP ${formatRupiah(order.paid)} dicatat sebagai jualan ${day}.`);
    return lines.join('\n');
  },
  orderAskCustomer: 'Pesanan dari siapa, Bu? Balas namanya saja, misalnya: Bu Sri',
  orderNotTaken: (rawText) => `Pesanan tadi belum dicatat, Bu, karena nama pemesannya belum ada. Tulis lagi dengan namanya, misalnya: "${rawText} dari Bu Sri"`,
  orderAskDetails:
    'Tulis pesanannya lengkap dengan nama pemesan dan harga, misalnya: "pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb, selesai 15 Des".',
  orderPaymentRecorded: ({ customer, paid, orders, applied, today }) => {
    const lines = [`✅ ${customer} bayar ${formatRupiah(paid)} untuk pesanan — dicatat sebagai jualan.`];
    if (applied && orders.length > 1) {
      // Several open orders: say which ones the payment went to (oldest first), and how much.
      lines.push(`Dibayarkan ke pesanan yang paling lama dulu:`);
      for (const a of applied) {
        const left = a.order.total - a.order.paid;
        lines.push(`• ${orderGoodsId(a.order)}: +${formatRupiah(a.amount)} → dibayar ${formatRupiah(a.order.paid)} · ${left > 0 ? `sisa ${formatRupiah(left)}` : 'lunas ✅'}`);
      }
      const rest = orders.filter((o) => !applied.some((a) => a.order === o) && o.total > o.paid);
      for (const o of rest) lines.push(`• ${orderGoodsId(o)}: belum dibayar sekarang · sisa ${formatRupiah(o.total - o.paid)}`);
      if (orders.every((o) => o.paid >= o.total)) lines.push('🎉 Semua pesanan lunas!');
      return lines.join('\n');
    }
    for (const o of orders) {
      if (orders.length > 1) lines.push(`• ${orderGoodsId(o)}`);
      lines.push(...orderFactsId(o, today));
    }
    if (orders.every((o) => o.paid >= o.total)) lines.push('🎉 Pesanan lunas!');
    return lines.join('\n');
  },
  paymentTooMuch: ({ customer, paying, owed }) =>
    `Hmm, ${formatRupiah(paying)} lebih dari yang masih kurang: ${customer} tinggal ${formatRupiah(owed)}. Belum saya catat — periksa lagi jumlahnya ya, Bu.`,
  askPayment: (customer, amount) => `${customer} sudah membayar ${formatRupiah(amount)} ke Ibu?\nBalas "ya" untuk dicatat, atau "tidak".`,
  paymentDeclined: 'Baik, pembayarannya tidak dicatat. Kalau uangnya sudah Ibu terima, tulis misalnya "Bu Tin bayar 50rb".',
  paymentQuestionExpired: (customer, amount) =>
    `Pertanyaan saya soal pembayaran ${customer} ${formatRupiah(amount)} sudah kedaluwarsa, jadi belum dicatat. Kalau uangnya sudah Ibu terima, tulis lagi misalnya "Bu Tin bayar 50rb".`,
  nothingOpenFor: (customer) => `Tidak ada pesanan atau utang ${customer} yang belum lunas. Ketik /pesanan atau /utang untuk melihat daftarnya.`,
  customerWhich: (name, names) => `Ada beberapa pelanggan "${name}": ${names.join(', ')}. Tulis namanya lebih lengkap ya, Bu, misalnya "${names[0] ?? name} bayar 50rb".`,
  paymentAskAmount: (customer) => `Berapa yang dibayar ${customer}, Bu? Tulis misalnya "${customer} bayar 200rb", atau "${customer} lunas".`,
  orderList: (orders, today) =>
    orders.length === 0
      ? 'Tidak ada pesanan yang belum lunas. Catat pesanan misalnya: "pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb, selesai 15 Des".'
      : [
          `📋 Pesanan belum lunas (${orders.length}):`,
          ...orders.map(
            (o) =>
              `• ${o.customer} — ${orderGoodsId(o)}: sisa ${formatRupiah(o.total - o.paid)}${o.dueDate ? `, selesai ${dueWordId(o.dueDate, today)}` : ''}`,
          ),
          `Total sisa: ${formatRupiah(orders.reduce((sum, o) => sum + o.total - o.paid, 0))}`,
        ].join('\n'),
  creditRecorded: ({ customer, amount, owed, entries, date, today, debts }) => {
    if (debts && debts.length > 1) {
      // A ledger of several customers: the entries and who owes what as one list, one line after it.
      const list = entries.map((e) => `• ${isReturn(e) ? '↩️ ' : ''}${kindLine(e)}`);
      if (date !== today) list.push(`📅 Dicatat untuk ${longDate(date, ID_DATES, today)}`);
      for (const d of debts) list.push(`• 📒 ${d.customer} belum bayar ${formatRupiah(d.amount)}${d.owed !== d.amount ? `, total utangnya ${formatRupiah(d.owed)}` : ''}`);
      list.push(`✅ Dicatat sebagai jualan. Kalau sudah bayar, tulis misalnya "${customer} bayar ${formatRupiah(amount)}".`);
      return list.join('\n');
    }
    const lines = entries.map((e) => `${isReturn(e) ? '↩️' : '✅'} ${kindLine(e)}`);
    if (date !== today) lines.push(`📅 Dicatat untuk ${longDate(date, ID_DATES, today)}`);
    const all = owed !== amount ? `, total utangnya ${formatRupiah(owed)}` : '';
    lines.push(`📒 ${customer} belum bayar ${formatRupiah(amount)}${all} (sudah dihitung jualan hari itu).`);
    lines.push(`Kalau sudah bayar, tulis misalnya "${customer} bayar ${formatRupiah(amount)}".`);
    return lines.join('\n');
  },
  creditAskClearer: 'Jualan yang belum dibayar tulis begini ya: "laku 3 kerudung @90rb, belum bayar Bu Tin".',
  creditCollected: ({ customer, paid, owed }) =>
    [
      `✅ ${customer} bayar utang ${formatRupiah(paid)} (bukan jualan baru).`,
      owed > 0 ? `Sisa utang ${customer}: ${formatRupiah(owed)}.` : `🎉 Utang ${customer} lunas!`,
    ].join('\n'),
  receivableList: ({ customers, total }) =>
    customers.length === 0
      ? 'Tidak ada yang berutang ke Ibu. 👍'
      : [
          '📒 Yang belum bayar:',
          ...customers.map((c) => `• ${c.customer}: ${formatRupiah(c.owed)} (sejak ${shortDate(c.since, ID_DATES)})`),
          `Total belum dibayar: ${formatRupiah(total)}`,
        ].join('\n'),
  onBehalfRecorded: ({ member, entries, date, today, credit }) => {
    const lines = [`✅ Dicatat untuk ${bu(member)}:`, ...entries.map((e) => `• ${kindLine(e)}`)];
    if (credit) lines.push(`📒 ${credit} belum bayar.`);
    if (date !== today) lines.push(`📅 ${longDate(date, ID_DATES, today)}`);
    lines.push(`${bu(member)} sudah diberi tahu.`);
    return lines.join('\n');
  },
  onBehalfToldMember: ({ facilitator, entries, date, today, credit }) => {
    const lines = [`📝 ${bu(facilitator)} mencatat untuk Ibu:`, ...entries.map((e) => `• ${kindLine(e)}`)];
    if (credit) lines.push(`📒 ${credit} belum bayar.`);
    if (date !== today) lines.push(`📅 ${longDate(date, ID_DATES, today)}`);
    lines.push('Kalau salah, ketik "batal".');
    return lines.join('\n');
  },
  onBehalfWhich: (name, names) => `Ada beberapa anggota bernama "${name}": ${names.join(', ')}. Tulis nama lengkapnya, misalnya "catat untuk ${names[0] ?? name}: laku 5 bros @15rb".`,
  onBehalfUsage: 'Tulis begini: "catat untuk Ani: laku 5 bros @15rb".',
  onBehalfOnlyRecords: (member) =>
    `Untuk ${bu(member)} saya hanya bisa mencatat jualan dan belanja, misalnya "catat untuk ${member}: laku 5 bros @15rb". Rekap dan lainnya biar beliau sendiri yang minta.`,
  onBehalfNotAllowed: (member) =>
    `Maaf, hanya pendamping atau ketua kelompok yang bisa mencatat untuk ${bu(member)}, jadi tidak saya catat, juga tidak di buku Ibu. Kalau ini jualan Ibu sendiri, tulis tanpa nama, misalnya "laku 3 bros 45rb".`,
  onBehalfAskWho: (member, text) =>
    `Ini catatan untuk ${bu(member)}? Belum saya catat. Kalau ya, tulis: "catat untuk ${member}: ${text}". Kalau ini jualan Ibu sendiri, tulis tanpa nama: "${text}".`,
  onBehalfAskName: (kin, text) =>
    `Ini catatan untuk ${kin} siapa, Bu? Belum saya catat. Tulis dengan namanya, misalnya: "catat untuk Bu Ani: ${text}". Kalau ini jualan Ibu sendiri, tulis tanpa nama: "${text}".`,
  onBehalfAskClearer: (member) => `Catatan untuk ${bu(member)} kurang jelas. Tulis dengan jumlah dan harga, misalnya "catat untuk ${member}: laku 5 bros @15rb".`,
  mediaForFacilitator: ({ member, kind, caption, attached }) =>
    [
      `${MEDIA_ICON_ID[kind]} ${bu(member)} mengirim ${MEDIA_ID[kind]}. Bantu catat? Balas dengan: catat untuk ${member}: …`,
      ...(caption ? [`Keterangan: "${caption}"`] : []),
      ...(attached ? [] : [`(${MEDIA_ID[kind]} itu tersimpan, tetapi dikirim lewat aplikasi lain, jadi tidak bisa diteruskan ke sini.)`]),
    ].join('\n'),
  mediaForwarded: (kind) =>
    kind === 'photo'
      ? '✅ Foto Ibu sudah diteruskan ke pendamping. Saya belum bisa membaca foto, jadi kalau bisa tulis juga ya, misalnya "laku 5 bros @15rb".'
      : `Maaf, Bu, saya belum bisa mendengar ${MEDIA_ID[kind]}. Tolong tulis saja ya, misalnya "laku 5 bros @15rb". ${capitalise(MEDIA_ID[kind])} Ibu sudah diteruskan ke pendamping.`,
  mediaKeptNoFacilitator: (kind) =>
    kind === 'photo'
      ? 'Saya belum bisa membaca foto, Bu. Tolong tulis saja ya, misalnya "laku 5 bros @15rb".'
      : `Maaf, Bu, saya belum bisa mendengar ${MEDIA_ID[kind]}. Tolong tulis saja ya, misalnya "laku 5 bros @15rb".`,
  whatsappRestricted: ({ until, today }) =>
    [
      `⚠️ WhatsApp sedang membatasi nomor Dampingi${until ? ` sampai ${longDate(until.date, ID_DATES, today)} pukul ${clockId(until.minuteOfDay)}` : ' untuk sementara'}.`,
      'Selama itu pengingat dan info lewat WhatsApp saya tahan dulu; balasan untuk anggota yang baru menulis tetap terkirim. Admin sudah tahu.',
    ].join(' '),
  whatsappRestrictionLifted: '✅ Pembatasan WhatsApp untuk nomor Dampingi sudah selesai. Pengingat dan info yang tertahan saya kirim lagi pelan-pelan.',
  heldMessageInGroup: (name) => `${bu(name)}, ada pesan untuk Ibu dari Dampingi. Kirim 'halo' ke saya lewat chat pribadi untuk membacanya.`,
  heldMessageNoGroupChat: (name) =>
    `Ada pesan untuk ${bu(name)} yang saya simpan dulu: ia belum menulis ke saya lewat chat pribadi dalam 3 minggu terakhir, dan kelompoknya belum punya grup WhatsApp bersama saya. Minta ia kirim 'halo' ke nomor ini; pesannya langsung saya kirim.`,
  whatsappStopped:
    '⚠️ Dampingi terputus dari WhatsApp dan tidak menyambung lagi sendiri. Anggota di WhatsApp belum mendapat balasan sampai admin memperbaikinya. Admin sudah diberi tahu.',
  reminderOrderDue: ({ order, days }) =>
    [
      `⏰ Pesanan ${orderWhatId(order, 'untuk')} ${order.customer} selesai ${days === 1 ? 'besok' : days === 0 ? 'hari ini' : `${days} hari lagi`}${order.dueDate ? `, ${longDate(order.dueDate, ID_DATES)}` : ''}.`,
      order.total > order.paid ? `Sisa pembayaran: ${formatRupiah(order.total - order.paid)}.` : 'Sudah lunas.',
    ].join('\n'),

  // Books tied to orders and credit sales
  linkEffects: (effects) =>
    effects
      .map((e) => {
        switch (e.kind) {
          case 'order_payment_removed':
            return `↩️ Pembayaran ${formatRupiah(e.amount)} untuk pesanan ${orderWhatId(e.order, 'dari')} ${e.order.customer} ikut dibatalkan — dibayar ${formatRupiah(e.order.paid)} · sisa ${formatRupiah(e.order.total - e.order.paid)}.`;
          case 'order_cancelled':
            return `↩️ Pesanan ${orderWhatId(e.order, 'dari')} ${e.order.customer} ikut dibatalkan, karena DP-nya dibatalkan. Kalau pesanannya tetap ada, tulis ulang pesanannya ya.`;
          case 'order_payment_changed':
            return `✏️ Pembayaran pesanan ${orderWhatId(e.order, 'dari')} ${e.order.customer}: ${formatRupiah(e.from)} → ${formatRupiah(e.to)} · dibayar ${formatRupiah(e.order.paid)} · sisa ${formatRupiah(e.order.total - e.order.paid)}.`;
          case 'credit_cancelled':
            return `↩️ Utang ${e.customer} ${formatRupiah(e.amount)} dari jualan ini ikut dihapus.`;
          case 'credit_changed':
            return `✏️ Utang ${e.customer} dari jualan ini: ${formatRupiah(e.from)} → ${formatRupiah(e.to)}${e.owed > 0 ? ` · sisa ${formatRupiah(e.owed)}` : ' — sudah lunas 🎉'}.`;
        }
      })
      .join('\n'),
  linkRefused: (r) => {
    switch (r.reason) {
      case 'credit_collected':
        return `${r.customer} sudah membayar ${formatRupiah(r.collected)} dari ${formatRupiah(r.amount)}, jadi jualan ini tidak saya hapus. Kalau jumlahnya salah, balas pesannya dengan "ralat" dan jumlah yang benar, paling sedikit ${formatRupiah(r.collected)}.`;
      case 'credit_below_collected':
        return `${r.customer} sudah membayar ${formatRupiah(r.collected)} untuk jualan ini, jadi jumlahnya tidak bisa ${formatRupiah(r.wanted)}. Belum saya ubah. Tulis misalnya "ralat ${formatRupiah(r.collected)}" kalau itu jumlah yang benar.`;
      case 'order_too_much':
        return `Hmm, ${formatRupiah(r.wanted)} lebih dari yang bisa dibayar untuk pesanan ${r.customer} (paling banyak ${formatRupiah(r.most)}). Belum saya ubah. Tulis misalnya "ralat ${formatRupiah(r.most)}" kalau itu jumlah yang benar.`;
      case 'linked_shape':
        return `Catatan itu pembayaran atau utang ${r.customer}, jadi ralatnya tetap satu jualan, misalnya "ralat 150rb". Belum saya ubah.`;
    }
  },

  // Weekly summary, group recap and quarterly report
  weeklySummary: (s) => {
    // Rupiah, not percentages: "naik Rp20.000" is read by everyone.
    const move = (c: { difference: number }) =>
      c.difference === 0 ? 'sama' : `${c.difference > 0 ? 'naik' : 'turun'} ${formatRupiah(Math.abs(c.difference))}`;
    return [
      `📊 Ringkasan minggu ini, ${bu(s.name)} (${dateSpan(s.week.from, s.week.to, ID_DATES)})`,
      `Jualan: ${formatRupiah(s.week.sales)}`,
      `Belanja: ${formatRupiah(s.week.expenses)}`,
      s.week.profit >= 0 ? `Untung: ${formatRupiah(s.week.profit)}` : `Rugi: ${formatRupiah(-s.week.profit)}`,
      s.lastWeek.entries === 0
        ? 'Minggu lalu belum ada catatan, jadi belum bisa dibandingkan.'
        : `Dibanding minggu lalu: jualan ${move(s.sales)}, untung ${move(s.profit)}.`,
      ...(s.best ? [`Paling laku: ${s.best.item} (${formatRupiah(s.best.amount)})`] : []),
      'Terima kasih sudah mencatat, Bu! 💪',
    ].join('\n');
  },
  groupRecap: (r, today) => {
    const when = `${r.period === 'week' ? 'minggu' : 'bulan'}${r.from <= today && today <= r.to ? ' ini' : ''}`;
    const money = (v: number) => (v >= 0 ? `untung ${formatRupiah(v)}` : `rugi ${formatRupiah(-v)}`);
    return fitRecapText((n) =>
      [
        `📋 Rekap kelompok ${r.group} — ${when} (${dateSpan(r.from, r.to, ID_DATES)})`,
        `Mencatat: ${r.totals.recorded} dari ${r.totals.members} anggota`,
        ...(r.recorded.length
          ? [
              '',
              ...r.recorded
                .slice(0, n)
                .map((m, i) => `${i + 1}. ${bu(m.name)} — ${m.daysRecorded} hari · jualan ${formatRupiah(m.sales)} · belanja ${formatRupiah(m.expenses)} · ${money(m.profit)}`),
              ...(r.recorded.length > n ? [`… dan ${r.recorded.length - n} anggota lain yang mencatat (sudah termasuk di total).`] : []),
              '',
              `Total: jualan ${formatRupiah(r.totals.sales)} · belanja ${formatRupiah(r.totals.expenses)} · ${money(r.totals.profit)}`,
            ]
          : [`Belum ada yang mencatat ${when}.`]),
        ...(r.silent.length ? ['', `Belum mencatat (${r.silent.length}): ${r.silent.slice(0, RECAP_MAX_SILENT).join(', ')}${r.silent.length > RECAP_MAX_SILENT ? `, dan ${r.silent.length - RECAP_MAX_SILENT} lainnya` : ''}`] : []),
      ].join('\n'),
    );
  },
  recapWhichGroup: (groups, example) =>
    `Ibu punya beberapa kelompok: ${groups.join(', ')}. Tulis perintahnya di grup kelompok itu, atau sebut namanya, misalnya: ${example}`,
  recapGroupNotFound: (named, groups, example) =>
    `Kelompok "${named}" tidak ada di daftar Ibu. Kelompok Ibu: ${groups.join(', ')}. Misalnya: ${example}`,
  quarterlyReportUsage:
    'Tulis triwulannya seperti ini: /laporan_triwulan 4 (atau /laporan_triwulan 4 2026). Tanpa angka, saya buatkan laporan triwulan terakhir yang sudah selesai.',
  quarterlyReportPreparing: (group, quarter) =>
    `⏳ Laporan ${quarterId(quarter)} kelompok ${group} sedang dibuat. Dua berkas (Excel dan PDF) saya kirim sebentar lagi.`,
  quarterlyReportCaption: ({ group, quarter, format }) =>
    `📎 Laporan ${quarterId(quarter)} — kelompok ${group} (${format === 'pdf' ? 'PDF, satu halaman' : 'Excel'})`,
  quarterlyReportFailed: (group, quarter) =>
    `Maaf, laporan ${quarterId(quarter)} kelompok ${group} gagal dibuat. Coba kirim lagi nanti ya, Bu, misalnya: /laporan_triwulan ${quarter.slice(-1)}`,
  quarterlyLabels: {
    title: 'Laporan Monitoring Triwulan',
    group: 'Kelompok',
    village: 'Desa',
    district: 'Kecamatan',
    quarter: 'Triwulan',
    period: 'Periode',
    facilitator: 'Pendamping',
    asOf: 'Data sampai',
    made: 'Dibuat',
    provisional: (asOf) => `sementara — data sampai ${shortDate(asOf, ID_DATES)}`,
    comparison: ({ reporters, members, reported, books }) =>
      reporters === 0
        ? `Omset laporan: belum ada anggota yang melaporkan omset (0 dari ${members} anggota).`
        : `Omset laporan dibandingkan hanya untuk ${reporters} dari ${members} anggota yang melaporkan omset: laporan ${formatRupiah(reported)}, catatan ${formatRupiah(books)}.`,
    notes: [
      'Aset dan Karyawan: jawaban anggota atas pertanyaan triwulan. Omset (laporan): omset yang dilaporkan anggota. Omset (catatan): jumlah jualan yang ia catat di Dampingi dalam triwulan ini.',
      'Sisa pinjaman: pokok dan bunga yang belum dibayar (pembayaran yang belum dikonfirmasi pendamping belum dikurangi). Tunggakan: bagian cicilan yang sudah lewat batas bayar tetapi belum dibayar.',
      'Tepat waktu: berapa cicilan terakhir berturut-turut yang dibayar lunas sebelum atau pada batas bayar (kalau punya beberapa pinjaman, yang terendah).',
      'Rp0 berarti nilainya nol; – berarti tidak ada data (belum dijawab, belum ada catatan, atau tidak punya pinjaman).',
    ],
    signatures: { ketua: 'Ketua kelompok', facilitator: 'Pendamping', nameLine: 'Nama dan tanda tangan', date: 'Tanggal' },
    reporterRow: (count) => `Yang melapor omset (${formatNumber(count)})`,
    times: (count) => `${formatNumber(count)} kali`,
    columns: {
      number: 'No',
      name: 'Nama',
      role: 'Peran',
      assets: 'Aset',
      turnoverReported: 'Omset (laporan)',
      turnoverFromBooks: 'Omset (catatan)',
      employees: 'Karyawan',
      loans: 'Pinjaman',
      outstanding: 'Sisa pinjaman',
      arrears: 'Tunggakan',
      streak: 'Tepat waktu',
    },
    totals: 'Jumlah',
    groupLoans: 'Pinjaman kelompok',
    leftMembersLoans: 'Pinjaman anggota yang sudah keluar',
    reported: (answered, members) => `Menjawab pertanyaan triwulan: ${formatNumber(answered)} dari ${formatNumber(members)} anggota`,
    sheetMembers: 'Anggota',
    sheetSummary: 'Ringkasan',
    missing: '–',
    staffMark: '*',
    staffNote: '* Diisi pendamping atau manajer program atas nama anggota di konsol web (bukan dikirim anggota sendiri).',
    left: (date) => `keluar ${shortDate(date, ID_DATES)} ${date.slice(0, 4)}`,
    leftNote: '(keluar …): anggota yang keluar dari kelompok dalam triwulan ini; Omset (catatan) miliknya dihitung sampai hari ia keluar.',
    money: (value) => formatRupiah(value),
    quarterName: (from, to) =>
      `triwulan ${Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1} (${ID_DATES.months[Number(from.slice(5, 7)) - 1]}–${ID_DATES.months[Number(to.slice(5, 7)) - 1]} ${to.slice(0, 4)})`,
    date: (date) => `${shortDate(date, ID_DATES)} ${date.slice(0, 4)}`,
  },
  // Exports
  exportDateInvalid: (raw) =>
    `Tanggal "${raw}" tidak saya kenali. Tulis tanggal seperti 30/11/2026, misalnya: /ekspor 01/11/2026 30/11/2026`,
  exportPrivateOnly: 'Ekspor berisi catatan semua anggota, jadi hanya saya kirim lewat chat pribadi. Kirim /ekspor langsung ke saya ya.',
  exportWhichGroup: (groups) => `Ibu mendampingi beberapa kelompok: ${groups.join(', ')}. Kelompok mana yang diekspor? Misalnya /ekspor ${groups[0] ?? ''}`,
  exportGroupNotFound: (name, groups) =>
    groups.length
      ? `Ibu tidak mendampingi kelompok bernama ${name}. Kelompok Ibu: ${groups.join(', ')}. Misalnya: /ekspor ${groups[0]}`
      : `Ibu belum mendampingi kelompok mana pun, jadi belum ada yang bisa diekspor. Minta admin program mendaftarkan kelompok Ibu dulu.`,
  exportPreparing: ({ group, from, to }) =>
    `⏳ Sedang disiapkan… Catatan kelompok ${group} (${exportSpanId(from, to)}) saya kirim sebentar lagi: satu berkas Excel dan satu berkas CSV.`,
  exportCaption: ({ group, from, to, format, entries }) =>
    `📎 Kelompok ${group}, ${exportSpanId(from, to)} — ${format === 'xlsx' ? 'Excel (catatan, per anggota, pinjaman)' : 'CSV (catatan)'}, ${formatNumber(entries)} catatan`,
  exportFailed: ({ group, from, to }) => `Maaf, ekspor kelompok ${group} (${exportSpanId(from, to)}) gagal dibuat. Coba kirim /ekspor lagi nanti.`,

  refusals: {
    // Groups, members and roles
    code_unknown: 'Kode itu tidak dikenal, Bu. Periksa lagi kodenya, atau minta kode terbaru ke pendamping, lalu kirim misalnya: /gabung MLT4K9',
    not_facilitator: 'Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".',
    not_your_group: 'Maaf, kelompok ini didampingi pendamping lain. Ketik /anggota di grup kelompok Ibu sendiri untuk melihat anggotanya.',
    code_locked: 'Kodenya sudah beberapa kali salah, Bu. Demi keamanan kelompok, tunggu sebentar lalu coba lagi, misalnya: /gabung MLT4K9',
    chat_linked_elsewhere: 'Maaf, grup ini sudah terhubung dengan kelompok lain. Hanya pendamping kelompok itu yang bisa memindahkannya. Ketik /anggota untuk melihat kelompoknya.',
    not_group_member:
      'Maaf, Bu, cicilan kelompok ini hanya untuk anggotanya. Kalau Ibu anggota baru, minta pendamping menerima Ibu dulu. Jualan Ibu tetap bisa dicatat, misalnya "laku 12 bros @15rb".',
    recap_not_allowed: 'Maaf, rekap kelompok hanya untuk pendamping atau ketua kelompok. Untuk catatan Ibu sendiri, ketik "rekap".',
    group_not_found: 'Kelompok itu tidak ditemukan, Bu. Mungkin sudah dihapus. Tanyakan ke pendamping ya, misalnya: "Bu, kelompok saya masih ada?"',
    member_not_found: 'Anggota itu tidak ada di kelompok ini, Bu. Ketik /anggota untuk melihat nama-namanya.',
    member_ambiguous: 'Ada beberapa anggota dengan nama itu. Tulis nama lengkapnya ya, Bu, misalnya "Ani Lestari".',
    member_duplicate: 'Kelompok ini sudah punya anggota dengan nama itu. Tulis nama lengkapnya, misalnya "Ani Lestari".',
    role_invalid: 'Peran itu tidak dikenal. Pilih salah satu: ketua, sekretaris, bendahara, atau anggota, misalnya: /peran @Ani bendahara',
    programme_not_found: 'Program itu tidak ditemukan. Periksa lagi namanya, misalnya: Program Desa Sukamaju',
    region_not_in_programme: 'Wilayah itu bukan bagian dari program kelompok ini. Pilih wilayah dari program yang sama, misalnya: Kabupaten Sleman',
    person_not_found: 'Orang itu tidak ditemukan. Ketik /anggota untuk melihat nama-namanya.',
    last_admin: 'Ibu admin terakhir, jadi peran admin Ibu belum bisa dilepas. Jadikan dulu orang lain admin, misalnya lewat halaman Staf, lalu coba lagi.',
    // People, facilitators and groups
    name_invalid: 'Nama itu belum bisa dipakai. Tulis nama biasa, paling banyak 80 huruf, misalnya: Siti Aminah',
    phone_invalid: 'Nomor HP itu tidak bisa dipakai. Tulis seperti 0812 3456 7890.',
    phone_taken: 'Nomor HP itu sudah dipakai orang lain. Tulis nomor lain, misalnya 0812 3456 7890.',
    telegram_id_invalid: 'Nomor akun Telegram itu tidak benar. Tulis angkanya saja, misalnya 123456789.',
    facilitator_not_found: 'Pendamping itu tidak ditemukan. Periksa lagi namanya, misalnya: Rina Wati',
    trade_missing: 'Sebutkan jenis usahanya, misalnya asesoris atau kuliner.',
    trade_unknown: 'Jenis usaha itu tidak dikenal. Periksa lagi tulisannya ya, Bu, misalnya: asesoris atau kuliner.',
    timezone_invalid: 'Zona waktu itu tidak dikenal. Contoh: Asia/Jakarta (WIB).',
    village_invalid: 'Nama desa itu belum bisa dipakai. Tulis paling banyak 80 huruf, misalnya: Sukamaju',
    district_invalid: 'Nama kecamatan itu belum bisa dipakai. Tulis paling banyak 80 huruf, misalnya: Cibeber',
    // Loans and instalments
    loan_terms_invalid: 'Aturan pinjaman itu tidak bisa dibuatkan jadwal cicilan. Periksa lagi jumlah dan lamanya, misalnya 10 cicilan bulanan.',
    borrower_invalid: 'Satu pinjaman hanya untuk satu kelompok atau satu anggota. Pilih salah satu, misalnya kelompok Melati.',
    loan_group_ambiguous: 'Anggota ini ikut lebih dari satu kelompok. Pinjaman ini diberikan di kelompok mana? Sebutkan kelompoknya, misalnya kelompok Melati.',
    loan_group_not_hers: 'Anggota ini bukan anggota aktif kelompok itu, jadi pinjamannya tidak bisa dicatat di sana. Pilih kelompoknya sendiri, misalnya kelompok Melati.',
    loan_not_found: 'Pinjaman itu tidak ditemukan, Bu. Ketik /cicilan untuk melihat pinjaman Ibu.',
    confirm_not_allowed: 'Maaf, hanya bendahara atau pendamping kelompok yang bisa mengonfirmasi pembayaran. Kalau Ibu sudah bayar, tulis misalnya "bayar cicilan 300rb".',
    confirm_own_payment: 'Pembayaran ini Ibu sendiri yang mencatat, jadi orang lain yang harus mengonfirmasi. Minta bendahara atau pendamping kelompok, misalnya mengetik /konfirmasi dengan nomornya.',
    payment_amount_invalid: `Jumlah bayarnya harus lebih dari ${formatRupiah(0)}. Contoh: bayar cicilan 883rb`,
    payment_date_invalid: 'Tanggal pembayaran itu sebelum pinjamannya cair, jadi tidak bisa dipakai. Tulis tanggal sesudahnya, misalnya 30/11/2026.',
    payment_not_found: 'Tidak ada pembayaran dengan nomor itu yang bisa Ibu konfirmasi. Periksa lagi nomornya di pesan laporan, misalnya: /konfirmasi 12',
    date_invalid: 'Tanggal itu tidak ada di kalender. Periksa lagi ya, Bu, misalnya 30/11/2026.',
    // Market leads
    group_unknown: 'Ada nama kelompok yang tidak dikenal. Periksa lagi tulisannya, misalnya: Melati',
    lead_unknown: 'Peluang dengan kode itu tidak ada, Bu. Periksa kodenya di pesan peluang, misalnya: minat P12 50',
    lead_closed: 'Peluang itu sudah ditutup, Bu. Tunggu peluang berikutnya ya, lalu balas misalnya: minat P12 50',
    lead_already_awarded: 'Ibu sudah dipilih untuk peluang itu. Kalau tidak jadi, tolong kabari pendamping langsung, misalnya: "Bu, saya tidak jadi ambil peluang P12."',
    not_a_responder: 'Anggota itu belum menjawab peluang ini, jadi belum bisa dipilih. Ketik /peluang P12 (kode peluangnya) untuk melihat siapa yang menjawab.',
    // Group prices
    price_not_allowed: 'Maaf, harga kelompok hanya bisa diatur oleh pendamping atau ketua kelompok. Ketik /harga untuk melihat daftarnya.',
    price_invalid: 'Tulis nama barang dan harganya, misalnya: /harga emping 80rb/kg',
    // Orders and entries on a member's behalf
    order_no_total: 'Harga pesanannya berapa, Bu? Tulis misalnya "pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb".',
    order_down_payment_too_big: 'DP-nya lebih besar dari total pesanan. Periksa lagi ya, Bu, misalnya: "pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb".',
    on_behalf_not_member: 'Maaf, anggota itu tidak ada di kelompok yang Ibu dampingi, jadi tidak saya catat. Ketik /anggota untuk melihat nama-namanya.',
    // Exports and quarterly reports
    export_range_invalid: `Tanggal awal harus sebelum tanggal akhir, dan paling lama ${formatNumber(MAX_EXPORT_DAYS)} hari sekali ekspor. Misalnya: /ekspor 01/11/2026 30/11/2026`,
    report_empty: 'Laporannya masih kosong, Bu. Tulis paling sedikit satu angka, misalnya: aset 5jt karyawan 2',
    report_invalid: 'Angkanya belum benar, Bu. Tulis angka biasa tanpa minus, misalnya: aset 5jt karyawan 2',
  },
};

const ROLE_ID: Record<Role, string> = { ketua: 'ketua', sekretaris: 'sekretaris', bendahara: 'bendahara', anggota: 'anggota' };

const TRADE_ID: Record<string, string> = {
  asesoris: 'Asesoris',
  'sulaman-bordir': 'Sulaman & bordir',
  'makanan-ringan': 'Makanan ringan',
  kuliner: 'Kuliner',
  sembako: 'Sembako',
  'kerajinan-anyaman': 'Anyaman',
  ternak: 'Ternak',
  jahit: 'Jahit',
  jasa: 'Jasa',
};

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The lead as members read it: what, how many, down payment, deadline, how to answer. */
function leadBody(lead: LeadView): string {
  const facts = [
    lead.quantityWanted ? `Dibutuhkan: ${formatNumber(lead.quantityWanted)}` : null,
    lead.downPaymentPercent ? downPaymentId(lead.downPaymentPercent) : null,
    lead.deadline ? `Batas menjawab: ${longDate(lead.deadline, ID_DATES)}` : null,
  ].filter(Boolean);
  return [
    // A lead aimed at groups only names no trade: then no dash either.
    `📢 Peluang ${lead.code}${lead.trades.length ? ` — ${lead.trades.map((t) => TRADE_ID[t] ?? t).join(', ')}` : ''}`,
    lead.text,
    ...(facts.length ? [facts.join(' · ')] : []),
    `Berminat? Balas pesan ini: MINAT 50 (jumlah yang sanggup), atau tulis: minat ${lead.code} 50`,
  ].join('\n');
}

/** "Wisuda IAIN 12 Des, butuh…" (P12): a lead named by what it is, its code to answer with. */
function leadName(lead: Pick<LeadView, 'code' | 'text'>): string {
  return `"${truncate(lead.text.split('\n')[0]!.trim(), 40)}" (${lead.code})`;
}

/** A down payment in words, not a percentage: "DP setengah harga", "DP 30 ribu dari tiap 100 ribu". */
function downPaymentId(percent: number): string {
  if (percent >= 100) return 'Dibayar penuh di depan';
  if (percent === 50) return 'DP setengah harga';
  if (percent === 25) return 'DP seperempat harga';
  return `DP ${percent} ribu dari tiap 100 ribu harga`;
}

/** Where a loan stands, in a few short lines: next instalment, shortfall, arrears, streak. */
function standingLinesId(status: LoanStatus): string[] {
  const lines: string[] = [];
  const next = status.nextDue;
  if (!next) lines.push('🎉 Pinjaman sudah lunas!');
  else {
    const instalment = status.instalments.find((i) => i.number === next.number);
    const partly = instalment && instalment.paid > 0;
    lines.push(
      partly
        ? `Cicilan ke-${next.number} masih kurang ${formatRupiah(next.amount)}, batas bayar ${longDate(next.dueDate, ID_DATES)}.`
        : `Berikutnya: cicilan ke-${next.number} ${formatRupiah(next.amount)}, batas bayar ${longDate(next.dueDate, ID_DATES)}.`,
    );
  }
  const over = status.totals.credit > 0 ? ` · lebih bayar ${formatRupiah(status.totals.credit)}` : '';
  const star = status.eligible ? ' ⭐ layak dapat penghargaan' : '';
  lines.push(`Tunggakan: ${formatRupiah(status.arrears)} · tepat waktu ${status.streak} kali berturut-turut${over}${star}`);
  if (status.awaitingConfirmation > 0) lines.push(`Menunggu konfirmasi pendamping: ${formatRupiah(status.awaitingConfirmation)}.`);
  return lines;
}

// Orders and media
const MEDIA_ID = { voice: 'pesan suara', audio: 'rekaman suara', photo: 'foto' } as const;
const MEDIA_ICON_ID = { voice: '🎙️', audio: '🎙️', photo: '📷' } as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "10 kerudung bordir", or "tanpa rincian" when the order names no goods. */
const orderGoodsId = (o: OrderView): string => orderGoods(o, 'tanpa rincian');

/** "10 kerudung dari" / "untuk": an order's goods before its customer, nothing when it names none (never "pesanan pesanan"). */
function orderWhatId(o: OrderView, joiner: 'dari' | 'untuk'): string {
  const goods = orderGoods(o, '');
  return goods ? `${goods} ${joiner}` : joiner;
}

function dueWordId(due: string, today: string): string {
  return due === today ? 'hari ini' : due === addDays(today, 1) ? `besok (${shortDate(due, ID_DATES)})` : longDate(due, ID_DATES);
}

function orderFactsId(o: OrderView, today: string): string[] {
  return [
    `Total ${formatRupiah(o.total)} · dibayar ${formatRupiah(o.paid)} · sisa ${formatRupiah(o.total - o.paid)}`,
    ...(o.dueDate ? [`Selesai: ${dueWordId(o.dueDate, today)}`] : []),
  ];
}

const exportSpanId = (from: string, to: string): string => yearSpan(from, to, ID_DATES);

/** A local minute of the day as Indonesians write the time: 09.05. */
function clockId(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}.${String(minuteOfDay % 60).padStart(2, '0')}`;
}
