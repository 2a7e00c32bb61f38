import { formatInstant } from '../lib/learner/days';
import { meanScore } from '../lib/learner/mastery';
import type { Assessment } from '../lib/learner/types';
import type { AreaGuide } from '../lib/reference';

interface Props {
  /** Newest first. */
  assessments: Assessment[];
  areas: AreaGuide[];
}

/** Every saved assessment side by side, newest first, so change over time is visible. */
export default function AssessmentHistory({ assessments, areas }: Props) {
  return (
    <div className="table-scroll" role="region" aria-label="Assessment history" tabIndex={0}>
      <table className="history-table">
        <caption>
          {assessments.length} assessment{assessments.length === 1 ? '' : 's'}, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            {assessments.map((a) => (
              <th key={a.id} scope="col">
                {formatInstant(a.at)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.id}>
              <th scope="row">{area.title}</th>
              {assessments.map((a) => (
                <td key={a.id}>{a.scores[area.id] ?? '–'}</td>
              ))}
            </tr>
          ))}
          <tr className="history-mean">
            <th scope="row">Average</th>
            {assessments.map((a) => (
              <td key={a.id}>{meanScore(a.scores) ?? '–'}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
