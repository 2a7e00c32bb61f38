import { describe, expect, it } from 'vitest';
import { axisAngle, radarAxes, radarLabel, radarPoint, radarPolygon, radarRing } from '../../../src/lib/learner/radar';

const frame = { cx: 100, cy: 100, radius: 80, max: 5 };

describe('radar geometry', () => {
  it('puts the first axis straight up and goes clockwise', () => {
    expect(radarPoint(0, 4, 5, frame)).toEqual({ x: 100, y: 20 });
    expect(radarPoint(1, 4, 5, frame)).toEqual({ x: 180, y: 100 });
    expect(radarPoint(2, 4, 5, frame)).toEqual({ x: 100, y: 180 });
    expect(radarPoint(3, 4, 5, frame)).toEqual({ x: 20, y: 100 });
  });

  it('scales distance from the centre with the score', () => {
    expect(radarPoint(0, 4, 1, frame)).toEqual({ x: 100, y: 84 });
    expect(radarPoint(1, 4, 2.5, frame)).toEqual({ x: 140, y: 100 });
  });

  it('draws a missing score at the centre and clamps scores outside 0…max', () => {
    expect(radarPoint(2, 13, undefined, frame)).toEqual({ x: 100, y: 100 });
    expect(radarPoint(0, 4, 9, frame)).toEqual(radarPoint(0, 4, 5, frame));
    expect(radarPoint(0, 4, -3, frame)).toEqual({ x: 100, y: 100 });
  });

  it('spaces 13 axes evenly', () => {
    const step = axisAngle(1, 13) - axisAngle(0, 13);
    expect(step).toBeCloseTo((2 * Math.PI) / 13);
    expect(radarAxes(13, frame)).toHaveLength(13);
    for (const p of radarAxes(13, frame)) expect(Math.hypot(p.x - 100, p.y - 100)).toBeCloseTo(80, 1);
  });

  it('writes polygons as SVG points, one per value', () => {
    expect(radarPolygon([5, 5, 5, 5], frame)).toBe('100,20 180,100 100,180 20,100');
    expect(radarRing(5, 4, frame)).toBe(radarPolygon([5, 5, 5, 5], frame));
  });

  it('anchors labels away from the chart', () => {
    expect(radarLabel(0, 4, frame, 10)).toEqual({ x: 100, y: 10, anchor: 'middle' });
    expect(radarLabel(1, 4, frame, 10).anchor).toBe('start');
    expect(radarLabel(3, 4, frame, 10).anchor).toBe('end');
  });
});
