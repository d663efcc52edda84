/**
 * "Did you mean": the one rule for every misspelt name the library and the commands answer (a model
 * id, a prop, a Terraform attribute or type). Names are compared without case, `_`, `-` or spaces
 * (`output_format` is `outputFormat`), and a candidate is suggested when it is the only nearest one
 * at most two edits away.
 */

/** How far a typo may be from what was meant: two edits, a swap of neighbours counting as one. */
export const TYPO_DISTANCE = 2;

/** The candidate a misspelt name most likely meant, or undefined when none is close or two are equally close. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const loose = squash(name);
  let best: string[] = [];
  let bestDistance = TYPO_DISTANCE;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const other = squash(candidate);
    // A length gap is a lower bound of the distance: past the best so far, no table is needed.
    if (Math.abs(other.length - loose.length) > bestDistance) continue;
    const distance = editDistance(loose, other);
    if (distance > bestDistance) continue;
    if (distance < bestDistance || best.length === 0) [best, bestDistance] = [[candidate], distance];
    else if (!best.includes(candidate)) best.push(candidate);
  }
  return best.length === 1 ? best[0] : undefined;
}

/** `; did you mean "x"?` when a close candidate exists, else nothing. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const close = closestName(name, candidates);
  return close === undefined ? "" : `; did you mean "${close}"?`;
}

function squash(name: string): string {
  return name.toLowerCase().replace(/[\s_-]/g, "");
}

/**
 * Edit distance counting a swap of two neighbouring characters as one edit (optimal string
 * alignment). Three rolling rows: it runs for every unknown id, so it should not allocate a table.
 */
export function editDistance(a: string, b: string): number {
  let before = new Int32Array(b.length + 1);
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}
