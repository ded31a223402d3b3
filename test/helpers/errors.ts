import { BriefdeckError } from '../../src/errors.js';

/** Runs `run` and returns the BriefdeckError it throws; fails the test if it throws nothing or something else. */
export function errorOf(run: () => unknown): BriefdeckError {
  try {
    run();
  } catch (error) {
    if (error instanceof BriefdeckError) return error;
    throw error;
  }
  throw new Error('expected a BriefdeckError');
}
