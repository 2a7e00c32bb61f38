/** Entry of a browser program worker: runs one learner binary, then waits to be terminated. */
import { hideHostApis, runProgram } from '../worker/program-service.ts';
import type { ProgramRequest } from '../worker/protocol.ts';
import { scope } from './worker-scope.ts';

hideHostApis();
const post = (m: unknown) => scope.postMessage(m);
const once = (event: MessageEvent) => {
  scope.removeEventListener('message', once);
  void runProgram(event.data as ProgramRequest, post);
};
scope.addEventListener('message', once);
