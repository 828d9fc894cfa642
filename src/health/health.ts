/**
 * Is the bot able to do its work right now? Each part it needs (Postgres, Redis, each
 * platform connection) is asked through a probe; the answer says which parts are down
 * and why, in a few fixed words: never a person, a message, an address or a secret.
 * Probes come from the composition root, so this file knows no database and no platform.
 */

/** What a probe found: up, or down with a short fixed reason ("not connected"). */
export type PartState = { up: true; note?: string } | { up: false; reason: string };

/** Asks one part whether it works. A probe that throws or does not answer in time counts as down. */
export type Probe = () => PartState | Promise<PartState>;

export interface HealthReport {
  /** True when every part is up. */
  ok: boolean;
  /** Each part by name: "up", or the reason it is down. */
  parts: Record<string, string>;
  /** Names of the parts that are down, in the probes' order. */
  down: string[];
}

/** Starts a timer that resolves after `ms`; `cancel` stops it. Tests pass one they resolve themselves. */
export type Deadline = (ms: number) => { expired: Promise<void>; cancel(): void };

export const UP: PartState = { up: true };
export const down = (reason: string): PartState => ({ up: false, reason });
/** Working, with something worth knowing (it does not make the report fail). */
export const upWith = (note: string | undefined): PartState => (note ? { up: true, note } : UP);

/** A health check must answer before the container's check gives up (5 s in the Dockerfile). */
export const PROBE_TIMEOUT_MS = 3000;

const realDeadline: Deadline = (ms) => {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    // A pending health check never keeps the process alive.
    timer.unref();
  });
  return { expired, cancel: () => clearTimeout(timer) };
};

async function ask(probe: Probe, timeoutMs: number, deadline: Deadline): Promise<PartState> {
  const timer = deadline(timeoutMs);
  try {
    const answer = Promise.resolve()
      .then(probe)
      .catch(() => down('check failed'));
    return await Promise.race([answer, timer.expired.then(() => down('no answer in time'))]);
  } finally {
    timer.cancel();
  }
}

/** Asks every probe at once and reports each part; `ok` only when all are up. */
export async function checkHealth(
  probes: Readonly<Record<string, Probe>>,
  options: { timeoutMs?: number; deadline?: Deadline } = {},
): Promise<HealthReport> {
  const timeoutMs = options.timeoutMs ?? PROBE_TIMEOUT_MS;
  const deadline = options.deadline ?? realDeadline;
  const names = Object.keys(probes);
  const states = await Promise.all(names.map((name) => ask(probes[name]!, timeoutMs, deadline)));
  const parts: Record<string, string> = {};
  const downParts: string[] = [];
  names.forEach((name, i) => {
    const state = states[i]!;
    parts[name] = state.up ? (state.note ? `up, ${state.note}` : 'up') : state.reason;
    if (!state.up) downParts.push(name);
  });
  return { ok: downParts.length === 0, parts, down: downParts };
}
