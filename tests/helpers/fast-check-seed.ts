/**
 * Property tests run with a fixed seed so a CI run is repeatable: a failure is a bug to
 * fix, never a flaky run. Explore other inputs locally with `FC_SEED=<n> npm test`.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
