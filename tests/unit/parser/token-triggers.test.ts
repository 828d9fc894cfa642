/**
 * The token-level passes' gates (token-triggers.ts) skip a pass only when it would have found
 * nothing. The mask is taken once, before any pass retags a token; so a gate of a pass that runs
 * after a retagging one must hold none of the keys those retags write, or the pass could miss a
 * word that appeared on the way. Keep this list in step when a settle pass retags to a new word.
 */
import { describe, expect, it } from 'vitest';
// (The parser's modules load in its own order: a table module first would see its imports unfilled.)
import '../../../src/parser/index.ts';
import { lookupWord } from '../../../src/parser/lexicon.ts';
import { lex } from '../../../src/parser/lexer.ts';
import { tokenTriggerWords, wakeOf } from '../../../src/parser/token-triggers.ts';
import { W_CHANNEL_ORDERS } from '../../../src/parser/channel-orders.ts';
import { W_DOWN_PAYMENT_WAY } from '../../../src/parser/down-payment-way.ts';
import { W_DRIVER } from '../../../src/parser/driver-takings.ts';
import { W_MONEY_OUT } from '../../../src/parser/money-out.ts';
import { W_PAID } from '../../../src/parser/paid-passive.ts';
import { W_PRICE_FOR_SEVERAL } from '../../../src/parser/price-for-several.ts';
import { W_SPOKEN_FILLERS } from '../../../src/parser/spoken-fillers.ts';
import { W_TRAILING_HALF } from '../../../src/parser/trailing-half.ts';

/** What settleMoneyOut, settleDownPaymentWay, settleChannelOrders, settlePaidPassive and the context words retag to. */
const WRITTEN = ['laku', 'bayar', 'kulakan', 'belanja', 'biaya', 'ji', 'uang', 'dibayar', 'setengah'];

describe('token-level pass triggers', () => {
  it('no gate of a pass after a retagging pass holds a key a retag writes', () => {
    const written = new Set(WRITTEN.map((w) => lookupWord(w)?.canon ?? w));
    // settleMoneyOut runs first of the retagging passes (settlePriceForSeveral, before it, retags
    // nothing); settleDownPaymentWay wakes on "uang", which only its own untag writes, after its gate.
    const found: string[] = [];
    tokenTriggerWords().forEach((words, n) => {
      if (1 << n === W_MONEY_OUT) return;
      // (settleTrailingHalf writes "setengah" for "separuh kilo" itself, after its own gate.)
      for (const w of words) if (written.has(w) && !(1 << n === W_DOWN_PAYMENT_WAY && w === 'uang') && !(1 << n === W_TRAILING_HALF && w === 'setengah')) found.push(w);
    });
    expect(found).toEqual([]);
  });

  it('wakes a pass on its word by text or key, and not otherwise', () => {
    const wake = (text: string): number => wakeOf(lex(text).tokens);
    expect(wake('tf dp 300rb ke percetakan') & W_MONEY_OUT).not.toBe(0);
    expect(wake('tf dp 300rb ke percetakan') & W_DOWN_PAYMENT_WAY).not.toBe(0);
    expect(wake('shopee 4 order 312rb') & W_CHANNEL_ORDERS).not.toBe(0);
    expect(wake('narik hr ini dapet 135rb') & W_DRIVER).not.toBe(0);
    expect(wake('goceng dapet 3, laku 12 biji') & W_PRICE_FOR_SEVERAL).not.toBe(0);
    expect(wake('laku 20 biji eh apa namanya harganya 2rb') & W_SPOKEN_FILLERS).not.toBe(0);
    expect(wake('udah paid cust 150rb') & W_PAID).not.toBe(0);
    expect(wake('bawang laku 3 kilo setengah @28rb') & W_TRAILING_HALF).not.toBe(0);
    expect(wake('kajual beas 2 kilo satengah') & W_TRAILING_HALF).not.toBe(0);
    expect(wake('laku nasi 20 bungkus 200rb')).toBe(0);
  });
});
