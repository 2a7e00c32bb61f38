/** The parts of a dedicated worker's global scope the browser workers use (the DOM lib types self as Window). */
export interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** This worker's global scope. */
export const scope = self as unknown as WorkerScope;
