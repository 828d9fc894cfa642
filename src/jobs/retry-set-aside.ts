/**
 * Retrying a message that was set aside (./set-aside.ts), as the admin asks (`inbox retry`):
 * it is handled by the same processor as any inbound message, so it is recorded exactly
 * once (the inbox claims it; if it was handled meanwhile, the retry is a duplicate and
 * changes nothing), and its row goes. A retry that fails again keeps the row, with the
 * new error.
 */
import { describeFailure } from '../modules/inbox/set-aside.ts';
import { findSetAside, forgetFailures, listSetAside, noteRetryFailure } from '../modules/inbox/set-aside.repository.ts';
import { processInbound, type InboundDeps, type InboundOutcome } from './inbound.processor.ts';

export type RetryResult =
  | { id: number; outcome: InboundOutcome }
  | { id: number; outcome: 'failed'; error: string }
  | { id: number; outcome: 'not_found' };

export async function retrySetAside(deps: InboundDeps, id: number): Promise<RetryResult> {
  const found = await findSetAside(deps.db, id);
  if (!found) return { id, outcome: 'not_found' };
  let outcome: InboundOutcome;
  try {
    outcome = await processInbound(deps, found.message);
  } catch (error) {
    const description = describeFailure(error);
    await noteRetryFailure(deps.db, id, description, deps.clock.now());
    return { id, outcome: 'failed', error: description };
  }
  await forgetFailures(deps.db, found.message);
  deps.log.info({ platform: found.message.platform, setAsideId: id, outcome }, 'set-aside message retried');
  return { id, outcome };
}

/** Retries every message set aside, oldest first, one after another. */
export async function retryAllSetAside(deps: InboundDeps): Promise<RetryResult[]> {
  const results: RetryResult[] = [];
  for (const entry of await listSetAside(deps.db)) results.push(await retrySetAside(deps, entry.id));
  return results;
}
