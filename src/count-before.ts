/**
 * A binary search: how many items of an ordered list come before some point, told by a test that
 * holds for every item before it and for none from there on.
 *
 * @param length how many items the list has
 * @param isBefore whether the item at an index comes before the point
 * @returns the index of the first item not before the point, or `length` when every item is
 */
export function countBefore(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
