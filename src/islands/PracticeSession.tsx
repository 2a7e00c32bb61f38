import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { keepPracticeSnapshot, readPracticeInputs, recordReview } from '../db/practice';
import type { PracticeCard } from '../lib/practice/cards';
import type { ReviewGrade } from '../lib/practice/schedule';
import { practiceView } from '../lib/practice/view';
import ExercisePractice from './ExercisePractice';
import KataPractice from './KataPractice';
import PracticeForecast from './PracticeForecast';
import QuestionPractice from './QuestionPractice';
import StorageNotice from './StorageNotice';
import { useLearnerDb } from './hooks/useLearnerDb';

/**
 * The practice page: what is due today, what is new today, the streak and
 * the week ahead, then one card at a time. Questions are graded by the
 * learner (Space reveals, 1–4 grade); exercises and katas are redone in the
 * page and graded by the result.
 */
export default function PracticeSession() {
  const db = useLearnerDb();
  const [cards, setCards] = useState<PracticeCard[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The clock is read once per render of the queue; a card graded moves the queue on.
  const [now, setNow] = useState(() => new Date());

  useEffect(() => {
    fetch('/practice/cards.json')
      .then((r) => (r.ok ? (r.json() as Promise<PracticeCard[]>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setCards)
      .catch((e: unknown) =>
        setLoadError(
          `The practice cards could not be loaded (${e instanceof Error ? e.message : String(e)}). Reload to try again.`,
        ),
      );
  }, []);

  const data = useLiveQuery(() => (db ? readPracticeInputs(db) : undefined), [db]);
  // Store the replay when it ran far past the stored one, so the next visit replays little.
  useEffect(() => {
    if (db && data) void keepPracticeSnapshot(db, data);
  }, [db, data]);

  const view = useMemo(() => (cards && data ? practiceView(cards, data, now) : null), [cards, data, now]);

  if (loadError)
    return (
      <p className="run-error" role="alert">
        {loadError}
      </p>
    );
  if (!view || !cards || !db) return <p className="exercise-loading">Loading your practice…</p>;

  const byId = new Map(cards.map((c) => [c.id, c]));
  const next = [...view.queue.due, ...view.queue.fresh].map((id) => byId.get(id)).find((c) => c !== undefined);
  const grade = async (card: PracticeCard, g: ReviewGrade) => {
    await recordReview(db, card.id, g).catch(() => undefined); // the storage notice explains failures
    setNow(new Date());
  };
  const since = next ? (view.states.get(next.id)?.lastReview ?? new Date(0)).toISOString() : '';

  return (
    <div className="practice">
      <StorageNotice />
      <dl className="practice-stats" aria-label="Today">
        <div>
          <dt>Due today</dt>
          <dd data-stat="due">{view.queue.due.length}</dd>
        </div>
        <div>
          <dt>New today</dt>
          <dd data-stat="new">{view.queue.fresh.length}</dd>
        </div>
        <div>
          <dt>Review streak</dt>
          <dd data-stat="streak">
            {view.streak} day{view.streak === 1 ? '' : 's'}
          </dd>
        </div>
        <div>
          <dt>Cards in rotation</dt>
          <dd>{view.states.size}</dd>
        </div>
      </dl>
      <PracticeForecast days={view.week} />
      {next ? (
        <section className="practice-card" aria-labelledby="practice-card-title">
          <p className="eyebrow">
            {next.kind === 'question' ? 'Question' : next.kind === 'exercise' ? 'Exercise' : 'Review kata'} from part{' '}
            {next.part} · {view.queue.due.includes(next.id) ? 'due' : 'new'} ·{' '}
            <a href={next.href}>open in the lesson</a>
          </p>
          {next.kind === 'question' && (
            <QuestionPractice key={next.id} card={next} onGrade={(g) => void grade(next, g)} />
          )}
          {next.kind === 'exercise' && (
            <ExercisePractice key={next.id} card={next} since={since} onGrade={(g) => void grade(next, g)} />
          )}
          {next.kind === 'kata' && (
            <KataPractice key={next.id} card={next} since={since} onGrade={(g) => void grade(next, g)} />
          )}
        </section>
      ) : (
        <p className="practice-done" role="status">
          {view.states.size === 0
            ? 'Nothing to practise yet. Complete a lesson or solve an exercise, and its cards join your queue the next day.'
            : `All done for today.${view.queue.waiting > 0 ? ` ${view.queue.waiting} new cards wait for the coming days.` : ''} Come back tomorrow.`}
        </p>
      )}
    </div>
  );
}
