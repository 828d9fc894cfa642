/**
 * Given names common across Indonesia's regions: "Tigor nyicil 50rb", "Sari bayar utang", "gaji ani
 * dibayar 1jt". Such a word names a person wherever it stands, capitalised or not, first word or not.
 *
 * WHY a list: the wave-2 review withdrew "one unknown word opening the message is a payer" — phones
 * capitalise a message's first word, and "Sekalian", "Wkwk", "Hrini", "Sayah" (words and typos the
 * lexicon does not know) look the same as "Ona". A name the list holds is no filler and no typo, so it
 * may stand where names-written.ts's capitalised words stand (index.ts adds it to `Analysis.named`).
 * The readers that use `named` look for a person only in a person's place — before a paying verb
 * (unknown-payer.ts), after "ke"/"dari" (person-paid.ts, instalment-in.ts), after a wage word
 * (wage-passive.ts) — so a name here never changes goods or amounts.
 *
 * Left out on purpose: names that are also words she writes of her goods or her day ("Bunga", "Mawar",
 * "Melati", "Intan", "Putri", "Indah", "Ayu", "Bagus", "Untung", "Slamet", "Jaya", "Tri", "Tari",
 * "Rahayu", "Wangi", "Cahaya", "Nur"), and any word the lexicon knows (only unknown words are taken).
 */
import type { Token } from './lexer.ts';
import { T_WORD } from './lexer.ts';

export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  // Javanese and general Indonesian, women
  'ani', 'sari', 'siti', 'dewi', 'rina', 'rini', 'wati', 'yanti', 'yati', 'tini', 'tuti', 'sri', 'lastri', 'sumi', 'sumiati', 'suminah',
  'warsih', 'painem', 'sukinah', 'ratna', 'ratih', 'endang', 'lina', 'nina', 'yuli', 'yuni', 'wulan', 'wiwik', 'ninik', 'tutik', 
  'ida', 'inah', 'yuyun', 'lilis', 'neneng', 'euis', 'nining', 'ipah', 'atun', 'eni', 'erna', 'ernawati', 'fitri', 'novi', 'desi',
  'dian', 'eka', 'dwi', 'wahyuni', 'susi', 'susan', 'ros', 'rosa', 'sinta', 'santi', 'sartini', 'murni', 'mirna', 'nurul', 'aisyah',
  'fatimah', 'khadijah', 'maryam', 'aminah', 'halimah', 'zubaidah', 'asih', 'yanah', 'titin', 'atin', 'yayuk', 'sumarni',
  'parmi', 'tumini', 'darmi', 'juminten', 'sulastri', 'mulyani', 'rohani', 'rohmah', 'ningsih', 'kartini', 'suryani', 'heni', 'yeni',
  'leni', 'reni', 'vivi', 'tika', 'tia', 'rika', 'mira', 'nia', 'lia', 'vina', 'dina', 'nana', 'nani', 'nenden', 'imas',
  // Javanese and general Indonesian, men
  'budi', 'agus', 'joko', 'bambang', 'hendra', 'rudi', 'andi', 'dedi', 'eko', 'heru', 'iwan', 'yanto', 'anto', 'wawan', 'didik',
  'sugeng', 'paijo', 'paimin', 'tukiman', 'sukirman', 'darto', 'karto', 'parno', 'supri', 'sutrisno', 'suparman', 'sukardi', 'darmo',
  'herman', 'hasan', 'husin', 'usman', 'ujang', 'asep', 'dadang', 'cecep', 'acep', 'encep', 'jajang', 'udin', 'amir', 'anwar',
  'arif', 'fajar', 'gilang', 'irfan', 'joni', 'johan', 'yusuf', 'rahmat', 'ridwan', 'rizal', 'rizki', 'dimas', 'bayu', 'doni', 'dodi',
  'edi', 'feri', 'hadi', 'indra', 'jamal', 'kurniawan', 'mamat', 'maman', 'nanang', 'oman', 'rohman', 'samsul', 'sholeh', 'soleh',
  'taufik', 'toni', 'wahyu', 'yudi', 'zainal', 'imam', 'ilham', 'deni', 'dani', 'ahmad', 'mahmud', 'ismail', 'ibrahim', 
  // Batak, Medan
  'tigor', 'butet', 'ucok', 'poltak', 'togar', 'sahat', 'tiur', 'rumondang', 'lamhot', 'monang', 'saut', 'maruli', 'hotma',
  'pardamean', 'tongam',
  // Minang, Aceh, Melayu
  'upik', 'buyung', 'zulkifli', 'syahrul', 'rosma', 'nurhayati', 'rosmawati', 'yusnidar',
  // Bugis, Makassar, Sulawesi
  'baco', 'becce', 'besse', 'hasna', 'hasnah',
  // Manado, Maluku, Papua, Nusa Tenggara (Christian names)
  'ona', 'yosina', 'frans', 'yohana', 'maria', 'marta', 'martha', 'yakob', 'yakobus', 'petrus', 'paulus', 'yoel', 'yoseph', 'yosep',
  'agustina', 'fransiska', 'elisabeth', 'theresia', 'kristina', 'marthen', 'yohanis', 'herlina', 'meilani', 'novita', 'anita', 'lusi',
  'vera', 'melki', 'markus', 'lukas', 'yulius', 'benny', 'stevi', 'sonya',
  // Chinese-Indonesian
  'acong', 'ahong', 'ameng', 'aling', 'amei', 'lily', 'lili', 'meili', 'hendrik', 'suryadi',
  // Balinese names other than the birth-order ones (payer-head.ts BALI_NAMES)
  'sukerti', 'sudarsana', 'suardana', 'ariani',
]);

/**
 * The given names among the words the lexicon does not know, added to the words she capitalised
 * (names-written.ts); null when there are none of either. A word the lexicon knows is never a name here.
 */
export function withGivenNames(named: ReadonlySet<string> | null, tokens: readonly Token[]): ReadonlySet<string> | null {
  let out: Set<string> | null = null;
  for (const t of tokens) {
    if (t.type !== T_WORD || t.info !== null || !GIVEN_NAMES.has(t.key)) continue;
    if (named !== null && named.has(t.text)) continue;
    out ??= new Set(named ?? []);
    out.add(t.text);
  }
  return out ?? named;
}
