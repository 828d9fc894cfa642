/**
 * Every broken rule (DomainError code) has its own sentence in both languages: never empty,
 * never shared with another code, never a general apology or the "not understood" answer.
 */
import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES } from '../../../../src/core/errors.ts';
import { repliesFor, type Language } from '../../../../src/conversation/replies/index.ts';

/** The fallback the catalogues used before every code had a sentence. */
const GENERAL_APOLOGIES = ['Maaf, permintaan itu tidak bisa dijalankan.', 'Sorry, that request cannot be done.'];

describe.each<Language>(['id', 'en'])('refusals in %s', (language) => {
  const t = repliesFor(language);

  it('has exactly one sentence per code', () => {
    expect(Object.keys(t.refusals).sort()).toEqual([...DOMAIN_ERROR_CODES].sort());
  });

  it.each(DOMAIN_ERROR_CODES)('%s is said in a sentence of its own', (code) => {
    const sentence = t.refusals[code];
    expect(sentence.trim().length).toBeGreaterThan(10);
    expect(sentence).not.toContain(code);
    expect(GENERAL_APOLOGIES).not.toContain(sentence);
    expect(sentence).not.toBe(t.notUnderstood);
    const others = DOMAIN_ERROR_CODES.filter((c) => c !== code && t.refusals[c] === sentence);
    expect(others, `${code} shares its sentence`).toEqual([]);
  });
});

describe('the two catalogues', () => {
  it('say every refusal in their own language', () => {
    const id = repliesFor('id');
    const en = repliesFor('en');
    const same = DOMAIN_ERROR_CODES.filter((c) => id.refusals[c] === en.refusals[c]);
    expect(same).toEqual([]);
  });

  it('write amounts the way the rest of the chat does', () => {
    expect(repliesFor('id').refusals.payment_amount_invalid).toContain('Rp0');
    expect(repliesFor('id').refusals.export_range_invalid).toContain('732 hari');
    expect(repliesFor('en').refusals.export_range_invalid).toContain('732 days');
  });

  it('keep the sentences people already know', () => {
    const id = repliesFor('id');
    expect(id.refusals.not_facilitator).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
    expect(id.refusals.order_down_payment_too_big).toBe('DP-nya lebih besar dari total pesanan. Periksa lagi ya, Bu, misalnya: "pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb".');
    expect(repliesFor('en').refusals.code_unknown).toBe('That code is unknown. Check it, or ask your facilitator for the latest code, then send e.g.: /gabung MLT4K9');
  });
});
