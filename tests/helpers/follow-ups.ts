/**
 * A hand-off that does the follow-up work at once, in the test's process, with the same
 * processors the follow-up workers run: for tests of the conversation that want to see the
 * lead's deliveries, the chart or the documents right after `processInbound`.
 */
import type { FollowUp, FollowUpKind } from '../../src/conversation/follow-ups.ts';
import type { FollowUpDeps, HandOff } from '../../src/jobs/follow-ups.ts';
import { runFollowUp } from '../../src/jobs/workers.ts';

/** `kinds`: only these are done (the others stay pending in Postgres, as with no worker running). */
export function runFollowUpsNow(deps: FollowUpDeps, kinds?: readonly FollowUpKind[], done: FollowUp[] = []): HandOff {
  return async (work) => {
    for (const w of work) {
      if (kinds && !kinds.includes(w.kind)) continue;
      await runFollowUp(deps, w);
      done.push(w);
    }
  };
}
