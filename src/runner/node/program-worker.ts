/** Entry of a Node program worker: runs one learner binary, then waits to be terminated. */
import { parentPort } from 'node:worker_threads';
import { hideHostApis, runProgram } from '../worker/program-service.ts';
import type { ProgramRequest } from '../worker/protocol.ts';

const port = parentPort;
if (!port) throw new Error('program-worker.ts must run in a worker thread');
hideHostApis();
port.once('message', (req: ProgramRequest) => {
  void runProgram(req, (msg) => port.postMessage(msg));
});
