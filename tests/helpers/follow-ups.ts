/**
 * A hand-off that does the follow-up work at once, in the test's process, with the same
 * processors the follow-up workers run: for tests of the conversation that want to see the
 * lead's deliveries, the chart or the documents right after `processInbound`.
 */
import type { FollowUp } from '../../src/conversation/follow-ups.ts';
import type { FollowUpDeps, HandOff } from '../../src/jobs/follow-ups.ts';
import { runFollowUp } from '../../src/jobs/workers.ts';

export function runFollowUpsNow(deps: FollowUpDeps, done: FollowUp[] = []): HandOff {
  return async (work) => {
    for (const w of work) {
      await runFollowUp(deps, w);
      done.push(w);
    }
  };
}
