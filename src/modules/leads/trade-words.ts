/**
 * The words facilitators use for a trade, mapped to the trade codes of the `trades`
 * table. Codes themselves always match; trades added later match by their code.
 */
const ALIASES: Record<string, string> = {
  aksesoris: 'asesoris', aksesori: 'asesoris', asesori: 'asesoris', souvenir: 'asesoris', suvenir: 'asesoris', bros: 'asesoris',
  sulaman: 'sulaman-bordir', bordir: 'sulaman-bordir', bordiran: 'sulaman-bordir',
  snack: 'makanan-ringan', camilan: 'makanan-ringan', cemilan: 'makanan-ringan', keripik: 'makanan-ringan', kue: 'makanan-ringan',
  makanan: 'kuliner', warung: 'kuliner', katering: 'kuliner', catering: 'kuliner',
  kelontong: 'sembako', 'jualan-harian': 'sembako',
  anyaman: 'kerajinan-anyaman', kerajinan: 'kerajinan-anyaman',
  peternakan: 'ternak',
  menjahit: 'jahit', penjahit: 'jahit',
  layanan: 'jasa',
};

const PHRASES: [RegExp, string][] = [
  [/makanan\s+ringan/gi, 'makanan-ringan'],
  [/kerajinan\s+anyaman/gi, 'kerajinan-anyaman'],
  [/jualan\s+harian/gi, 'jualan-harian'],
  [/sulaman\s*(?:\/|dan|&)\s*bordir/gi, 'sulaman-bordir'],
];

/** Joins two-word trade names so each trade is one word ("makanan ringan" → "makanan-ringan"). */
export function joinTradePhrases(text: string): string {
  return PHRASES.reduce((t, [pattern, joined]) => t.replace(pattern, joined), text);
}

export function tradeMatcher(codes: readonly string[]): (word: string) => string | undefined {
  const known = new Set(codes);
  return (word) => {
    const w = word.toLowerCase().replace(/[.;]+$/, '');
    if (known.has(w)) return w;
    const alias = ALIASES[w];
    return alias && known.has(alias) ? alias : undefined;
  };
}
