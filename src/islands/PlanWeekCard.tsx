import { formatDay } from '../lib/learner/days';
import { taskProgress } from '../lib/learner/plan';
import type { PlanTask, PlanWeek, StudyPlan } from '../lib/learner/types';
import ReflectionNote from './ReflectionNote';
import SaveState from './SaveState';
import type { SaveStatus } from './hooks/useAutosave';

/** What a task's link opens, by kind (review lessons otherwise). */
const TASK_LINK_TEXT: Partial<Record<PlanTask['kind'], string>> = {
  exercise: 'the exercise',
  practice: 'practice',
};

interface Props {
  week: PlanWeek;
  total: number;
  done: StudyPlan['done'];
  reflection: string;
  isCurrent: boolean;
  projectTitle: string;
  kindLabels: Record<PlanTask['kind'], string>;
  areaTitles: Record<string, string>;
  /** Links of the exercises already solved, to mark them. */
  solvedHrefs: ReadonlySet<string>;
  onToggle: (taskId: string, done: boolean) => void;
  /** Whether the boxes checked in this week are stored yet. */
  checkStatus: SaveStatus;
  onSaveReflection: (text: string) => Promise<void>;
}

/** One dated week of the plan: its project and theme, the tasks to check off, and a reflection note. */
export default function PlanWeekCard(props: Props) {
  const { week, total, done, isCurrent, kindLabels, areaTitles } = props;
  const number = week.index + 1;
  const progress = taskProgress(week.tasks, done);
  const headingId = `week-${number}-title`;
  return (
    <section
      className={`plan-week${isCurrent ? ' plan-week-current' : ''}`}
      aria-labelledby={headingId}
      aria-current={isCurrent ? 'date' : undefined}
      id={`week-${number}`}
      data-week={number}
    >
      <header className="plan-week-header">
        <p className="eyebrow">
          {formatDay(week.start)} – {formatDay(week.end)}
          {isCurrent && <span className="badge badge-current">This week</span>}
        </p>
        <h3 id={headingId}>
          Week {number} of {total}: {week.theme}
        </h3>
        <p className="plan-week-project">{props.projectTitle}</p>
        <p className="plan-week-progress">
          {progress.done} of {progress.total} tasks done
          {week.focusAreas.length > 0 && <> · Focus: {week.focusAreas.map((a) => areaTitles[a] ?? a).join(', ')}</>}
        </p>
      </header>
      <ul className="plan-tasks">
        {week.tasks.map((task) => {
          const inputId = `task-${task.id}`;
          return (
            <li key={task.id} className={`plan-task plan-task-${task.kind}`} data-task={task.id}>
              <input
                type="checkbox"
                id={inputId}
                checked={Boolean(done[task.id])}
                onChange={(e) => props.onToggle(task.id, e.target.checked)}
              />
              <label htmlFor={inputId}>
                <span className="plan-task-kind">{kindLabels[task.kind]}</span> {task.text}
              </label>
              {task.href && (
                <a className="plan-task-link" href={task.href}>
                  Open {TASK_LINK_TEXT[task.kind] ?? 'the lesson'}
                  {props.solvedHrefs.has(task.href) && <span className="badge">solved</span>}
                </a>
              )}
            </li>
          );
        })}
      </ul>
      <SaveState status={props.checkStatus} />
      <ReflectionNote
        id={`reflection-${number}`}
        label={`Reflection on week ${number}`}
        initial={props.reflection}
        onSave={props.onSaveReflection}
      />
    </section>
  );
}
