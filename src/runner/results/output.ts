/** Collects a program's stdout/stderr up to a byte cap, decoding UTF-8 as it streams. */

/** The runner keeps at most this many bytes of stdout+stderr per run. */
export const OUTPUT_CAP_BYTES = 1024 * 1024;

export type StreamFd = 1 | 2;

/** One piece of output, in the order the program wrote it. */
export interface OutputChunk {
  fd: StreamFd;
  text: string;
}

/**
 * Accepts raw writes, keeps the first `cap` bytes of all streams together and
 * counts the rest as dropped. Chunks keep the interleaving of stdout and
 * stderr (go test shows them merged).
 */
export class OutputCapture {
  private readonly decoders = { 1: new TextDecoder(), 2: new TextDecoder() };
  private kept = 0;
  readonly chunks: OutputChunk[] = [];
  truncated = false;

  private readonly cap: number;

  constructor(cap: number = OUTPUT_CAP_BYTES) {
    this.cap = cap;
  }

  /** Records a write; returns the decoded text that was kept (may be empty). */
  write(fd: StreamFd, bytes: Uint8Array): string {
    if (bytes.length === 0) return '';
    const room = this.cap - this.kept;
    if (room <= 0) {
      this.truncated = true;
      return '';
    }
    const part = bytes.length > room ? bytes.subarray(0, room) : bytes;
    if (part.length < bytes.length) this.truncated = true;
    this.kept += part.length;
    const text = this.decoders[fd].decode(part, { stream: true });
    if (text !== '') this.push(fd, text);
    return text;
  }

  /** Flushes partial UTF-8 sequences at the end of the run; returns what that added. */
  finish(): OutputChunk[] {
    const added: OutputChunk[] = [];
    for (const fd of [1, 2] as const) {
      const text = this.decoders[fd].decode();
      if (text !== '') {
        this.push(fd, text);
        added.push({ fd, text });
      }
    }
    return added;
  }

  private push(fd: StreamFd, text: string): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.fd === fd) last.text += text;
    else this.chunks.push({ fd, text });
  }

  /** Text written to one stream. */
  text(fd: StreamFd): string {
    return this.chunks
      .filter((c) => c.fd === fd)
      .map((c) => c.text)
      .join('');
  }

  /** Both streams interleaved in write order. */
  merged(): string {
    return this.chunks.map((c) => c.text).join('');
  }
}
