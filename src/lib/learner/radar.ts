/**
 * Geometry of the mastery radar chart: one axis per area, starting at twelve
 * o'clock and going clockwise, with a score's distance from the centre
 * proportional to the score. Pure numbers and SVG point strings; the React
 * component only draws them.
 */

/** Where the chart sits and what its outer ring means. */
export interface RadarFrame {
  cx: number;
  cy: number;
  /** Distance from the centre to the outer ring. */
  radius: number;
  /** The score drawn on the outer ring. */
  max: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Two decimals are plenty for SVG and keep the output stable across platforms. */
const round = (n: number) => Math.round(n * 100) / 100;

/** Angle of axis `index` of `count`, in radians: axis 0 points straight up, the rest follow clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/**
 * The point for `value` on axis `index`. A missing value sits at the centre
 * (nothing claimed); values are clamped to 0…max so a bad record cannot draw
 * outside the chart.
 */
export function radarPoint(index: number, count: number, value: number | undefined, frame: RadarFrame): Point {
  const v = value === undefined || Number.isNaN(value) ? 0 : Math.min(Math.max(value, 0), frame.max);
  const r = (frame.radius * v) / frame.max;
  const angle = axisAngle(index, count);
  return { x: round(frame.cx + r * Math.cos(angle)), y: round(frame.cy + r * Math.sin(angle)) };
}

/** SVG `points` for a polygon through one value per axis. */
export function radarPolygon(values: readonly (number | undefined)[], frame: RadarFrame): string {
  return values.map((v, i) => pointString(radarPoint(i, values.length, v, frame))).join(' ');
}

/** SVG `points` for the grid ring at `level` (1…max) across `count` axes. */
export function radarRing(level: number, count: number, frame: RadarFrame): string {
  return radarPolygon(
    Array.from({ length: count }, () => level),
    frame,
  );
}

/** The end of each axis on the outer ring. */
export function radarAxes(count: number, frame: RadarFrame): Point[] {
  return Array.from({ length: count }, (_, i) => radarPoint(i, count, frame.max, frame));
}

/** Where to put an axis label, `gap` beyond the outer ring, and how to anchor the text so it points away from the chart. */
export function radarLabel(
  index: number,
  count: number,
  frame: RadarFrame,
  gap: number,
): Point & { anchor: 'start' | 'middle' | 'end' } {
  const angle = axisAngle(index, count);
  const r = frame.radius + gap;
  const x = round(frame.cx + r * Math.cos(angle));
  const y = round(frame.cy + r * Math.sin(angle));
  const cos = Math.cos(angle);
  // Labels near the vertical axis are centred; the others grow away from the centre.
  const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
  return { x, y, anchor };
}

function pointString(p: Point): string {
  return `${p.x},${p.y}`;
}
