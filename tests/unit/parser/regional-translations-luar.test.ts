/**
 * Regional words read as the Indonesian they mean, outside Java, Bali and Lombok (regional-words-luar.ts):
 * each message of tests/fixtures/parser/regional-pairs-luar.jsonl — Minangkabau, the Malay of Riau, Jambi,
 * Palembang and Pontianak, Medan and Batak, Acehnese, Banjar, Bugis, Makassar, the Malay of Manado, Ambon,
 * Kupang and Papua — must parse to the same intent, the same side of CONFIDENT and the same money (sums by
 * kind, or the amount of a payment) as its Indonesian translation. WHY pairs and not expected values: the
 * capability is "a regional word is the Indonesian word"; the Indonesian reading is the yardstick, so a
 * row fails when the two part, whichever of them moved.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import { repoRoot, TODAY } from './helpers.ts';

interface Pair { text: string; id: string; lang: string }

const file = path.resolve(repoRoot, 'tests', 'fixtures', 'parser', 'regional-pairs-luar.jsonl');
const pairs: Pair[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Pair);

/** What must agree: intent, confident or not, and the money by kind (a record) or the amount (a payment). */
function reading(text: string): Record<string, unknown> {
  const r = parseMessage(text, { today: TODAY });
  const money: Record<string, number> = {};
  if (r.intent === 'record') for (const e of r.entries) money[e.kind] = (money[e.kind] ?? 0) + e.amount;
  return { intent: r.intent, confident: r.confidence >= CONFIDENT, money, amount: 'amount' in r ? r.amount : undefined };
}

describe('regional-pairs-luar.jsonl', () => {
  it('has at least 60 pairs over the outer islands\' languages', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(60);
    expect(new Set(pairs.map((p) => p.lang)).size).toBeGreaterThanOrEqual(10);
  });
  for (const p of pairs) {
    it(`[${p.lang}] ${JSON.stringify(p.text)} reads as ${JSON.stringify(p.id)}`, () => {
      expect(reading(p.text)).toEqual(reading(p.id));
    });
  }
});
