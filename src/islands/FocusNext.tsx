import type { MasteryAreaId } from '../lib/mastery-areas';
import type { FocusArea } from '../lib/learner/mastery';
import type { AreaGuide } from '../lib/reference';

interface Props {
  focus: FocusArea[];
  guides: Map<MasteryAreaId, AreaGuide>;
  solved: ReadonlySet<string>;
}

/** The areas below 4, weakest first, each with the lessons and exercises that teach it. */
export default function FocusNext({ focus, guides, solved }: Props) {
  if (focus.length === 0) {
    return (
      <p>
        Every area you scored is at 4 or above. Deepen the one you care most about, or take on the next projects in your{' '}
        <a href="/plan/">12-week plan</a>.
      </p>
    );
  }
  return (
    <ol className="focus-list">
      {focus.map(({ id, score }) => {
        const guide = guides.get(id);
        if (!guide) return null;
        return (
          <li key={id} className="focus-area" data-area={id}>
            <p className="focus-title">
              <strong>{guide.title}</strong> — you scored {score}
            </p>
            <p className="focus-question">{guide.question}</p>
            <p className="focus-label">Lessons</p>
            <ul>
              {guide.lessons.map((lesson) => (
                <li key={lesson.part}>
                  {lesson.href ? (
                    <a href={lesson.href}>
                      Part {lesson.part}: {lesson.title}
                    </a>
                  ) : (
                    <>
                      Part {lesson.part}: {lesson.title} <span className="badge">not yet published</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
            {guide.exercises.length > 0 && (
              <>
                <p className="focus-label">Exercises</p>
                <ul>
                  {guide.exercises.map((exercise) => (
                    <li key={exercise.slug}>
                      <a href={exercise.href}>{exercise.title}</a>
                      {solved.has(exercise.slug) && <span className="badge">solved</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
