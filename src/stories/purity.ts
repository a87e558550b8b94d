/**
 * How well a grouping matches reference classes: purity (each group counted by its largest class)
 * and inverse purity (each class counted by the group that holds most of it). One group per item
 * gives purity 1, one group for all gives inverse purity 1; a good grouping is high on both.
 */
export interface ClusterScores {
  purity: number;
  inversePurity: number;
  /** Harmonic mean of the two. */
  f: number;
}

/** `clusters`: for each group, the reference class of each of its items. */
export function clusterScores(clusters: readonly (readonly string[])[]): ClusterScores {
  const total = clusters.reduce((n, c) => n + c.length, 0);
  if (total === 0) return { purity: 0, inversePurity: 0, f: 0 };
  let pure = 0;
  const byClass = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    const counts = new Map<string, number>();
    for (const x of c) counts.set(x, (counts.get(x) ?? 0) + 1);
    pure += Math.max(0, ...counts.values());
    for (const [k, n] of counts) {
      const list = byClass.get(k) ?? [];
      list[i] = n;
      byClass.set(k, list);
    }
  });
  let inv = 0;
  for (const list of byClass.values()) inv += Math.max(0, ...list.filter((x) => x !== undefined));
  const purity = pure / total;
  const inversePurity = inv / total;
  return { purity, inversePurity, f: purity + inversePurity ? (2 * purity * inversePurity) / (purity + inversePurity) : 0 };
}
