import { describe, expect, it } from 'vitest';
import { committedOutput, listExamples, maskTimings, runExample } from '../../scripts/lib/examples.mjs';
import { go, gofmt, hasGo } from '../../scripts/lib/go.mjs';

const examples = listExamples();
const goAvailable = hasGo();
if (!goAvailable) console.log('skipped: go not found (lesson examples are not re-run)');

describe('lesson examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('$rel has a committed output', (example) => {
    expect(committedOutput(example), `${example.dir}/output.txt is missing`).toBeTypeOf('string');
  });
});

describe.skipIf(!goAvailable)('lesson examples with the real Go toolchain', () => {
  it('are gofmt-formatted', () => {
    const result = gofmt(['-l', '.'], { cwd: 'content/examples' });
    expect(result.output.trim(), 'gofmt -l lists these files').toBe('');
  });

  it('pass go vet', () => {
    const result = go(['vet', './...'], { cwd: 'content/examples' });
    expect(result.output, 'go vet output').toBe('');
    expect(result.code).toBe(0);
  });

  it.each(examples)('$rel prints exactly its committed output (timings aside)', (example) => {
    expect(maskTimings(runExample(example).output)).toBe(maskTimings(committedOutput(example) ?? ''));
  });
});
