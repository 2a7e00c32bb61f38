import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState, type SubmitEvent } from 'react';
import { deletePlan, savePlan, savePlanReflection, setPlanTaskDone } from '../db/plans';
import { formatDay, formatInstant, isIsoDay, nextMonday } from '../lib/learner/days';
import { planToIcs } from '../lib/learner/ics';
import { focusAreas, newestFirst } from '../lib/learner/mastery';
import { currentWeekIndex, generatePlan, PLAN_ID, taskKindLabels, taskProgress } from '../lib/learner/plan';
import { localDay } from '../lib/learner/time';
import type { Cadence, NextProject } from '../lib/schema/mastery';
import type { AreaGuide } from '../lib/reference';
import PlanWeekCard from './PlanWeekCard';
import StorageNotice from './StorageNotice';
import { downloadText } from './download';
import { useLearnerDb } from './hooks/useLearnerDb';
import { usePendingOverrides } from './hooks/usePendingOverrides';
import { useWriteStatus } from './hooks/useWriteStatus';

interface Props {
  areas: AreaGuide[];
  projects: NextProject[];
  cadence: Cadence;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The 12-week plan: build it from the latest assessment, check tasks off week by week, rebuild, export to a calendar. */
export default function PlanBuilder({ areas, projects, cadence }: Props) {
  const db = useLearnerDb();
  const plan = useLiveQuery(async () => (db ? ((await db.plans.get(PLAN_ID)) ?? null) : undefined), [db]);
  const assessments = useLiveQuery(async () => (db ? db.assessments.toArray() : undefined), [db]);
  const solvedRecords = useLiveQuery(async () => (db ? db.solved.toArray() : undefined), [db]);
  const [startDate, setStartDate] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const kindLabels = useMemo(() => taskKindLabels(cadence), [cadence]);
  const projectTitles = useMemo(() => Object.fromEntries(projects.map((p) => [p.id, p.title])), [projects]);
  const areaTitles = useMemo(() => Object.fromEntries(areas.map((a) => [a.id, a.title])), [areas]);
  const solvedHrefs = useMemo(() => {
    const solved = new Set(solvedRecords?.map((s) => s.id));
    return new Set(areas.flatMap((a) => a.exercises.filter((e) => solved.has(e.slug)).map((e) => e.href)));
  }, [areas, solvedRecords]);

  const pending = usePendingOverrides<boolean>(plan?.updatedAt ?? '');
  const { set: setPending, drop: dropPending } = pending;
  const { status: checkStatus, track } = useWriteStatus();
  // The week whose box was clicked last shows whether the click is stored.
  const [lastWeek, setLastWeek] = useState<number | null>(null);
  const toggle = useCallback(
    (weekIndex: number, taskId: string, done: boolean) => {
      if (!db) return;
      setPending(taskId, done);
      setLastWeek(weekIndex);
      // On failure the box shows the stored state again; the storage notice says why.
      void track(setPlanTaskDone(db, taskId, done)).catch(() => dropPending(taskId));
    },
    [db, setPending, dropPending, track],
  );
  const reflect = useCallback(
    async (index: number, text: string) => {
      if (db) await savePlanReflection(db, index, text);
    },
    [db],
  );

  if (!db || plan === undefined || !assessments || !solvedRecords) return null;

  const latest = newestFirst(assessments)[0];
  const today = localDay();
  const chosenStart = startDate ?? plan?.startDate ?? nextMonday(today);
  const basedOn = plan?.assessmentId ? assessments.find((a) => a.id === plan.assessmentId) : undefined;
  const current = plan ? currentWeekIndex(plan.weeks, today) : null;

  const build = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!isIsoDay(chosenStart)) {
      setStatus({ kind: 'error', text: 'Pick a start date first (a full date, for example next Monday).' });
      return;
    }
    setBusy(true);
    setStatus(null);
    try {
      const generated = generatePlan({
        startDate: chosenStart,
        assessment: latest ?? null,
        projects,
        cadence,
        areas,
        solved: solvedRecords.map((s) => s.id),
      });
      await savePlan(db, generated);
      setStartDate(null);
      setStatus({
        kind: 'ok',
        text: plan
          ? 'Plan rebuilt. Every task you had checked and every reflection is still there.'
          : 'Your plan is ready. Check tasks off as you finish them.',
      });
    } catch (error) {
      setStatus({ kind: 'error', text: `The plan was not saved: ${message(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const exportIcs = () => {
    if (!plan) return;
    const ics = planToIcs(plan, {
      now: new Date(),
      projectTitles,
      kindLabels,
      planUrl: new URL('/plan/', location.href).href,
    });
    downloadText('go-mastery-plan.ics', ics, 'text/calendar;charset=utf-8');
  };

  const remove = async () => {
    if (!window.confirm('Delete the plan with its checked tasks and reflections? This cannot be undone.')) return;
    try {
      await deletePlan(db);
      setStatus({ kind: 'ok', text: 'The plan was deleted. Build a new one whenever you are ready.' });
    } catch (error) {
      setStatus({ kind: 'error', text: message(error) });
    }
  };

  const weakest = latest ? focusAreas(latest.scores) : [];
  // What the boxes show: stored done marks with the clicks still being saved.
  const done = Object.fromEntries([
    ...Object.entries(plan?.done ?? {}).filter(([taskId]) => pending.overrides[taskId] !== false),
    ...Object.entries(pending.overrides).flatMap(([taskId, checked]) => (checked ? [[taskId, 'saving']] : [])),
  ]) as Record<string, string>;
  const overall = plan
    ? taskProgress(
        plan.weeks.flatMap((w) => w.tasks),
        plan.done,
      )
    : null;

  return (
    <div className="plan-builder">
      <StorageNotice />
      <section aria-labelledby="plan-settings-title" className="plan-settings">
        <h2 id="plan-settings-title">{plan ? 'Your plan' : 'Build your plan'}</h2>
        {latest ? (
          <p>
            Review tasks follow your latest assessment, from {formatInstant(latest.at)}:{' '}
            {weakest.length > 0
              ? `${weakest.map((f) => `${areaTitles[f.id]} (${f.score})`).join(', ')}.`
              : 'no area is below 4, so the plan holds project work only.'}
          </p>
        ) : (
          <p>
            You have not scored your <a href="/mastery/">mastery map</a> yet. Without it the plan holds project work
            only; score yourself first to get review lessons and exercises for your weakest areas.
          </p>
        )}
        {plan && latest && plan.assessmentId !== latest.id && (
          <p className="plan-stale" role="note">
            {basedOn
              ? `This plan was built from your assessment of ${formatInstant(basedOn.at)}; you have saved a newer one.`
              : 'You have saved an assessment since this plan was built.'}{' '}
            Rebuild to aim the review tasks at your weak areas now.
          </p>
        )}
        <form className="plan-form" onSubmit={(e) => void build(e)}>
          <label htmlFor="plan-start">Start date</label>
          <input
            id="plan-start"
            type="date"
            required
            value={chosenStart}
            onChange={(e) => setStartDate(e.target.value)}
          />
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Working…' : plan ? 'Rebuild the plan' : 'Build my plan'}
          </button>
        </form>
        {plan && (
          <p className="plan-form-hint">
            Rebuilding keeps every checked task and every reflection; change the start date to shift all weeks.
          </p>
        )}
        {status && (
          <p
            className={status.kind === 'ok' ? 'form-status' : 'form-error'}
            role={status.kind === 'ok' ? 'status' : 'alert'}
          >
            {status.text}
          </p>
        )}
        {plan && overall && (
          <div className="plan-summary">
            <p>
              {formatDay(plan.weeks[0]?.start ?? plan.startDate)} to{' '}
              {formatDay(plan.weeks[plan.weeks.length - 1]?.end ?? plan.startDate)} · {overall.done} of {overall.total}{' '}
              tasks done
              {current !== null && (
                <>
                  {' '}
                  · <a href={`#week-${current + 1}`}>Go to this week (week {current + 1})</a>
                </>
              )}
            </p>
            <p className="plan-actions">
              <button type="button" className="button-secondary" onClick={exportIcs}>
                Download calendar (.ics)
              </button>
              <button type="button" className="button-secondary" onClick={() => void remove()}>
                Delete the plan
              </button>
            </p>
          </div>
        )}
      </section>

      {plan && (
        <section aria-labelledby="plan-weeks-title">
          <h2 id="plan-weeks-title">Twelve weeks</h2>
          <ol className="plan-weeks">
            {plan.weeks.map((week) => (
              <li key={`${plan.createdAt}-${week.index}`}>
                <PlanWeekCard
                  week={week}
                  total={plan.weeks.length}
                  done={done}
                  reflection={plan.reflections[String(week.index)] ?? ''}
                  isCurrent={week.index === current}
                  projectTitle={projectTitles[week.project] ?? week.project}
                  kindLabels={kindLabels}
                  areaTitles={areaTitles}
                  solvedHrefs={solvedHrefs}
                  onToggle={(taskId, checked) => toggle(week.index, taskId, checked)}
                  checkStatus={week.index === lastWeek ? checkStatus : 'idle'}
                  onSaveReflection={(text) => reflect(week.index, text)}
                />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
