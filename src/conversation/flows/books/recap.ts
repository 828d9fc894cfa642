/** "rekap", "rekap minggu", "rekap kemarin": her sales, expenses, profit and best sellers over a period. */
import type { IsoDate } from '../../../core/dates.ts';
import { recap } from '../../../modules/ledger/ledger.service.ts';
import type { Period } from '../../../modules/ledger/ledger.ts';
import type { Handled, Session } from '../../session.ts';

export async function onRecap(s: Session, period: Period | null, day: IsoDate | undefined): Promise<Handled> {
  s.say(s.t.recap(await recap(s.db, s.me.id, period ?? 'day', day ?? s.today), s.today));
  return s.done('recap');
}
