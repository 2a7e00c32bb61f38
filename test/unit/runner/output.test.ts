import { describe, expect, it } from 'vitest';
import { OutputCapture } from '../../../src/runner/results/output.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('OutputCapture', () => {
  it('keeps stdout and stderr apart and in write order when merged', () => {
    const out = new OutputCapture();
    out.write(1, bytes('a'));
    out.write(2, bytes('b'));
    out.write(1, bytes('c'));
    expect(out.text(1)).toBe('ac');
    expect(out.text(2)).toBe('b');
    expect(out.merged()).toBe('abc');
    expect(out.chunks).toEqual([
      { fd: 1, text: 'a' },
      { fd: 2, text: 'b' },
      { fd: 1, text: 'c' },
    ]);
  });

  it('keeps the first cap bytes of both streams together and marks the rest as truncated', () => {
    const out = new OutputCapture(5);
    out.write(1, bytes('abc'));
    out.write(2, bytes('defg'));
    out.write(1, bytes('h'));
    expect(out.merged()).toBe('abcde');
    expect(out.truncated).toBe(true);
  });

  it('decodes a UTF-8 character split across writes', () => {
    const out = new OutputCapture();
    const euro = bytes('€');
    out.write(1, euro.subarray(0, 1));
    out.write(1, euro.subarray(1));
    out.finish();
    expect(out.text(1)).toBe('€');
  });

  it('is not truncated when the output fits exactly', () => {
    const out = new OutputCapture(3);
    out.write(1, bytes('abc'));
    expect(out.truncated).toBe(false);
  });
});
