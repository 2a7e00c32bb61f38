/** What a run stopped through its AbortSignal rejects with, as fetch does: callers tell it apart by its name. */
export function stoppedError(): DOMException {
  return new DOMException('The run was stopped.', 'AbortError');
}

/** Whether an error is a stopped run (see RunProgramOptions.signal). */
export function isStopped(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}
