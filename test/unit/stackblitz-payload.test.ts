import { beforeEach, describe, expect, it, vi } from 'vitest';
import sdk from '@stackblitz/sdk';
import { readExerciseFolder } from '../../src/data/exercise-files';
import { toClientData } from '../../src/lib/exercise-client';
import { exerciseSchema } from '../../src/lib/schema/exercise';
import { embedExercise } from '../../src/stackblitz/embed';
import { buildStackBlitzProject, learnerFilesFromSnapshot } from '../../src/stackblitz/payload';
import { NODE_ENGINES, nestHeadings, VITEST_VERSION } from '../../src/stackblitz/template';

// The SDK talks to stackblitz.com; here it only records what it was asked to embed.
vi.mock('@stackblitz/sdk', () => ({ default: { embedProject: vi.fn() } }));

const exercise = toClientData(exerciseSchema.parse(readExerciseFolder('exercises/greeting')));
const ORIGIN = 'https://course.example';
const draft = { 'greeting.go': 'package greeting\n\n// my draft\n' };

describe('buildStackBlitzProject', () => {
  const { project, options } = buildStackBlitzProject(exercise, draft, ORIGIN);

  it('makes a WebContainers (node) project named after the exercise', () => {
    expect(project.template).toBe('node');
    expect(project.title).toBe('Go Mastery: A greeter with a usable zero value');
    expect(project.description).toContain('greeting.go');
  });

  it('holds the Go package and the vitest harness, all as text', () => {
    expect(Object.keys(project.files).sort()).toEqual(
      [
        '.gitignore',
        'README.md',
        'go.mod',
        'grade.test.js',
        'greeting.go',
        'greeting_test.go',
        'package.json',
        'runner-loader.js',
        'vitest.config.js',
      ].sort(),
    );
    for (const [path, text] of Object.entries(project.files)) {
      expect(typeof text, path).toBe('string');
      expect(text, path).not.toMatch(/\0/);
    }
    expect(project.files['go.mod']).toBe('module example.com/greeting\n\ngo 1.26\n');
    expect(project.files['greeting_test.go']).toBe(exercise.tests['greeting_test.go']);
  });

  it("uses the learner's draft as the Go files and never ships the solution", () => {
    expect(project.files['greeting.go']).toBe(draft['greeting.go']);
    const solution = exercise.solution['greeting.go'] ?? '';
    expect(Object.values(project.files)).not.toContain(solution);
  });

  it('falls back to the starter for files the draft lacks, and never lets a draft replace the tests', () => {
    const { project: fresh } = buildStackBlitzProject(exercise, {}, ORIGIN);
    expect(fresh.files['greeting.go']).toBe(exercise.starter['greeting.go']);
    const { project: sneaky } = buildStackBlitzProject(exercise, { 'greeting_test.go': 'package greeting\n' }, ORIGIN);
    expect(sneaky.files['greeting_test.go']).toBe(exercise.tests['greeting_test.go']);
  });

  it('pins vitest exactly and runs it as npm test on Node 22 or newer', () => {
    const pkg = JSON.parse(project.files['package.json'] ?? '{}') as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: 'go-mastery-greeting',
      private: true,
      type: 'module',
      engines: { node: NODE_ENGINES },
      scripts: { test: 'vitest run' },
      devDependencies: { vitest: VITEST_VERSION },
    });
    expect(VITEST_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg).not.toHaveProperty('dependencies');
  });

  it("loads the runner and the toolchain from the course site's origin", () => {
    const loader = project.files['runner-loader.js'] ?? '';
    expect(loader).toContain('"runner": "https://course.example/runner/"');
    expect(loader).toContain('"toolchain": "https://course.example/go/"');
    // A page URL as the origin still points at the site's root.
    const { project: fromPage } = buildStackBlitzProject(exercise, draft, 'https://course.example/lessons/x/?a=1');
    expect(fromPage.files['runner-loader.js']).toBe(loader);
  });

  it('declares one vitest test per Go test after running them once at the top level', () => {
    const gradeTest = project.files['grade.test.js'] ?? '';
    expect(gradeTest).toMatch(/^const runner = await loadRunner\(\);$/m);
    expect(gradeTest).toContain('for (const c of cases)');
    expect(project.files['vitest.config.js']).toContain("include: ['grade.test.js']");
  });

  it('opens the first learner file in the editor and starts npm test', () => {
    expect(options).toMatchObject({ openFile: 'greeting.go', view: 'editor', startScript: 'test' });
    expect(options).not.toHaveProperty('theme');
    const { options: dark } = buildStackBlitzProject(exercise, draft, ORIGIN, { theme: 'dark' });
    expect(dark.theme).toBe('dark');
  });

  it('links the lesson from the README when it is known', () => {
    const { project: linked } = buildStackBlitzProject(exercise, draft, ORIGIN, {
      lessonUrl: 'https://course.example/lessons/mental-model-of-go/',
    });
    expect(linked.files['README.md']).toContain('https://course.example/lessons/mental-model-of-go/');
    expect(linked.files['README.md']).toMatch(/^# A greeter with a usable zero value$/m);
  });

  it('rejects an origin that is not http(s)', () => {
    expect(() => buildStackBlitzProject(exercise, draft, 'file:///work/main/')).toThrow(/http\(s\) URL/);
  });
});

describe('embedExercise', () => {
  beforeEach(() => vi.mocked(sdk.embedProject).mockReset());

  it('embeds the built project with its options and resolves to the VM', async () => {
    const vm = { getFsSnapshot: vi.fn() };
    vi.mocked(sdk.embedProject).mockResolvedValue(vm as never);
    const target = {} as HTMLElement;
    await expect(embedExercise(target, exercise, draft, ORIGIN, { theme: 'light' })).resolves.toBe(vm);
    const expected = buildStackBlitzProject(exercise, draft, ORIGIN, { theme: 'light' });
    expect(sdk.embedProject).toHaveBeenCalledWith(target, expected.project, expected.options);
  });
});

describe('learnerFilesFromSnapshot', () => {
  it('takes the learner files, whatever the path prefix', () => {
    expect(
      learnerFilesFromSnapshot({ '/greeting.go': 'a', './other.go': 'b', 'package.json': '{}' }, ['greeting.go']),
    ).toEqual({ files: { 'greeting.go': 'a' }, missing: [] });
  });

  it('lists the learner files the project no longer has', () => {
    expect(learnerFilesFromSnapshot({ 'sub/greeting.go': 'a' }, ['greeting.go'])).toEqual({
      files: {},
      missing: ['greeting.go'],
    });
    expect(learnerFilesFromSnapshot(null, ['a.go', 'b.go']).missing).toEqual(['a.go', 'b.go']);
  });
});

describe('nestHeadings', () => {
  it('moves headings one level down but leaves code blocks alone', () => {
    expect(nestHeadings('## Task\ntext\n```sh\n# a comment\n```\n### More')).toBe(
      '### Task\ntext\n```sh\n# a comment\n```\n#### More',
    );
  });
});
