import { createNodeEngine } from '../../src/runner/node/index.ts';
import { describeMutants } from './mutants';

// Learners are graded in the page: a mistake the tests catch only natively would be graded "solved" there.
describeMutants('wasm', () => ({ wasm: createNodeEngine() }));
