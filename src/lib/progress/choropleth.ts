/**
 * The progress map's colour classes: a sequential palette (light = far behind, dark = done),
 * distinguishable in greyscale, with a separate hatched-looking grey for "no households".
 */
export interface ProgressClass {
  /** Lowest percentage in the class (inclusive). */
  from: number;
  /** Highest percentage in the class (exclusive, except the last). */
  to: number;
  color: string;
}

export const progressClasses: ProgressClass[] = [
  { from: 0, to: 50, color: '#fde7c8' },
  { from: 50, to: 70, color: '#f4c27a' },
  { from: 70, to: 85, color: '#9fcf8f' },
  { from: 85, to: 95, color: '#4f9d5d' },
  { from: 95, to: 100, color: '#1e5e33' },
];

export const noDataColor = '#d9dde1';

/** The colour of an area with the given progress; null progress means no households. */
export function progressColor(percent: number | null): string {
  if (percent === null) return noDataColor;
  const found = progressClasses.find((c) => percent >= c.from && (percent < c.to || c.to === 100));
  return (found ?? progressClasses[progressClasses.length - 1]!).color;
}
