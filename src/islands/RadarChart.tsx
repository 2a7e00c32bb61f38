import { useId } from 'react';
import { radarAxes, radarLabel, radarPolygon, radarRing, type RadarFrame } from '../lib/learner/radar';

interface Props {
  /** Axis labels, in order around the chart. */
  labels: string[];
  /** The scores to draw, one per label (undefined: not scored). */
  latest: (number | undefined)[];
  /** An earlier set drawn as a dashed ghost, or null. */
  previous: (number | undefined)[] | null;
  max: number;
  /** Id of the table that holds the same data, for screen readers. */
  tableId: string;
}

const FRAME: Omit<RadarFrame, 'max'> = { cx: 250, cy: 190, radius: 130 };

/** The radar picture of a self-assessment; the table named by tableId carries the same data in words. */
export default function RadarChart({ labels, latest, previous, max, tableId }: Props) {
  const titleId = useId();
  const frame = { ...FRAME, max };
  const count = labels.length;
  return (
    <figure className="radar">
      <svg viewBox="0 0 500 380" role="img" aria-labelledby={titleId} aria-describedby={tableId}>
        <title id={titleId}>
          Radar chart of your latest self-assessment{previous ? ', with the previous one as a dashed outline' : ''}
        </title>
        {Array.from({ length: max }, (_, i) => (
          <polygon key={i} className="radar-ring" points={radarRing(i + 1, count, frame)} />
        ))}
        {radarAxes(count, frame).map((end, i) => (
          <line key={i} className="radar-axis" x1={frame.cx} y1={frame.cy} x2={end.x} y2={end.y} />
        ))}
        {Array.from({ length: max }, (_, i) => (
          // Just inside each ring on the first axis, clear of the axis labels outside the chart.
          <text key={i} className="radar-scale" x={frame.cx + 4} y={frame.cy - (frame.radius * (i + 1)) / max + 11}>
            {i + 1}
          </text>
        ))}
        {previous && <polygon className="radar-previous" points={radarPolygon(previous, frame)} />}
        <polygon className="radar-latest" points={radarPolygon(latest, frame)} />
        {labels.map((label, i) => {
          const at = radarLabel(i, count, frame, 12);
          return (
            <text
              key={label}
              className="radar-label"
              x={at.x}
              y={at.y}
              textAnchor={at.anchor}
              dominantBaseline="middle"
            >
              {label}
            </text>
          );
        })}
      </svg>
      <figcaption className="radar-legend">
        <span className="radar-key radar-key-latest" aria-hidden="true" /> Latest
        {previous && (
          <>
            <span className="radar-key radar-key-previous" aria-hidden="true" /> Previous
          </>
        )}
      </figcaption>
    </figure>
  );
}
