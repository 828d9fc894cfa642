/** Time is read only through a Clock, so tests can fix it and nothing waits on the wall. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock & { set(at: Date | string): void; advance(ms: number): void } {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set(next) {
      current = new Date(next);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** Waits `ms`. Code that waits takes one, so tests pass one that returns at once (and may advance a fixed clock). */
export type Sleep = (ms: number) => Promise<void>;

export const wallSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
