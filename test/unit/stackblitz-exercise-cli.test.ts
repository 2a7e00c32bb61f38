import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/stackblitz/exercise-cli';

let cwd: string;
let out: string[];
let err: string[];
const root = process.cwd();
const run = (...argv: string[]) => main(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), root, cwd });

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'gm-exercise-cli-'));
  out = [];
  err = [];
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

describe('npm run exercise', () => {
  it('writes the grading project to ./exercise-<slug> and prints the next steps', () => {
    expect(run('greeting')).toBe(0);
    const dir = join(cwd, 'exercise-greeting');
    expect(readFileSync(join(dir, 'greeting.go'), 'utf8')).toBe(
      readFileSync('exercises/greeting/starter/greeting.go', 'utf8'),
    );
    for (const file of ['greeting_test.go', 'go.mod', 'package.json', 'grade.test.js', 'runner-loader.js']) {
      expect(existsSync(join(dir, file)), file).toBe(true);
    }
    // The task itself is in the README, and the runner comes from this repository.
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('GreetAll');
    expect(readFileSync(join(dir, 'runner-loader.js'), 'utf8')).toContain(
      `"runner": "${pathToFileURL(join(root, 'public', 'runner')).href}/"`,
    );
    expect(out.join('')).toMatch(/cd exercise-greeting\n {2}npm install\n {2}npm test/);
  });

  it('refuses to write into a folder that is not empty, unless --force', () => {
    const dir = join(cwd, 'mine');
    mkdirSync(dir);
    writeFileSync(join(dir, 'greeting.go'), 'package greeting // my work\n');
    expect(run('greeting', '--out', 'mine')).toBe(1);
    expect(err.join('')).toMatch(/mine already exists and is not empty.*--force/s);
    expect(readFileSync(join(dir, 'greeting.go'), 'utf8')).toBe('package greeting // my work\n');

    expect(run('greeting', '--out=mine', '--force')).toBe(0);
    expect(readFileSync(join(dir, 'greeting.go'), 'utf8')).toContain('package greeting');
    expect(readFileSync(join(dir, 'greeting.go'), 'utf8')).not.toContain('my work');
  });

  it('names the exercises when the slug is unknown', () => {
    expect(run('no-such-exercise')).toBe(1);
    expect(err.join('')).toMatch(/There is no exercise "no-such-exercise"[\s\S]*greeting/);
  });

  it('prints the usage for a missing slug or an unknown option', () => {
    expect(run()).toBe(2);
    expect(run('greeting', '--colour')).toBe(2);
    expect(err.join('')).toContain('unknown option --colour');
    expect(err.join('')).toContain('usage: npm run exercise -- <slug>');
  });
});
