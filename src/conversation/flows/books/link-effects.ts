import type { LinkEffect } from '../../../modules/orders/entry-links.service.ts';
import type { Session } from '../../session.ts';

/** A reply about voided or replaced entries, with what followed on her orders and credit sales (if anything) under it. */
export function withLinkEffects(s: Session, text: string, effects: readonly LinkEffect[]): string {
  return effects.length === 0 ? text : `${text}\n${s.t.linkEffects(effects, s.today)}`;
}
