/**
 * Preloaded into a worker child (`NODE_OPTIONS=--import …`; Node 20 refuses `--cpu-prof` in
 * NODE_OPTIONS) by bench/workers.ts --cpu-prof DIR: runs V8's sampling profiler from start-up
 * and writes DIR/worker-PID.cpuprofile when the process exits (the fleet stops workers with
 * SIGTERM, and they exit cleanly). A same-thread inspector session answers synchronously,
 * so the profile can be taken inside the 'exit' handler.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import process from 'node:process';

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 250 });
  session.post('Profiler.start');
  process.once('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(`${dir}/worker-${process.pid}.cpuprofile`, JSON.stringify(result.profile));
    });
  });
}
