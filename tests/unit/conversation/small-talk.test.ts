/** Small talk: whole messages that only greet, thank, acknowledge or answer yes/no. */
import { describe, expect, it } from 'vitest';
import { smallTalk } from '../../../src/conversation/small-talk.ts';

describe('smallTalk', () => {
  it.each([
    ['halo', { kind: 'greeting', part: null }],
    ['Halo bu!', { kind: 'greeting', part: null }],
    ['selamat pagi', { kind: 'greeting', part: 'pagi' }],
    ['Selamat sore ibu-ibu', { kind: 'greeting', part: 'sore' }],
    ['salam', { kind: 'greeting', part: null }],
    ['salam kenal bu', { kind: 'greeting', part: null }],
    ['assalamualaikum', { kind: 'salam' }],
    ["Assalamu'alaikum wr wb", { kind: 'salam' }],
    ['asw bu', { kind: 'salam' }],
    ['makasih', { kind: 'thanks' }],
    ['terima kasih banyak bu', { kind: 'thanks' }],
    ['ok makasih ya', { kind: 'thanks' }],
    ['ok', { kind: 'ack' }],
    ['oke', { kind: 'ack' }],
    ['siap bu', { kind: 'ack' }],
    ['👍', { kind: 'ack' }],
    ['👍🏽👍🏽', { kind: 'ack' }],
    ['🙏', { kind: 'ack' }],
    ['ya', { kind: 'answer', answer: 'yes' }],
    ['iya bu', { kind: 'answer', answer: 'yes' }],
    ['betul', { kind: 'answer', answer: 'yes' }],
    ['tidak', { kind: 'answer', answer: 'no' }],
    ['nggak bu', { kind: 'answer', answer: 'no' }],
  ])('%s', (text, expected) => {
    expect(smallTalk(text)).toEqual(expected);
  });

  it.each([
    'selamat pagi ibu-ibu, besok kumpul jam 9',
    'halo, laku 3 bros 45rb',
    'laku 3 bros 45rb',
    'rekap',
    'batal',
    'bantuan',
    'Siti',
    'selamat',
    'terima',
    'iya tidak',
    '😢',
    'ok 😢',
    'ya laku 5',
    '',
  ])('%s is not small talk', (text) => {
    expect(smallTalk(text)).toBeNull();
  });
});
