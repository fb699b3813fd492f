/**
 * Runs `task` on the items concurrently and yields the results in the items' order.
 *
 * At most `window` items are started and not yet taken by the caller: the next item is read only
 * when the oldest result has been taken. That bounds memory by `window` items however long the
 * input is, and gives backpressure both ways: a slow reader holds back the tasks, and a slow
 * consumer (a full pipe on stdout) holds back the reading.
 *
 * @param items the inputs, read lazily
 * @param window how many items may be in flight or waiting for their turn; at least 1
 * @param task starts the work on one item; should not reject (a rejection ends the iteration)
 * @returns the results, in input order
 * @example
 * for await (const output of mapOrdered(readInputs(files), 16, analyse)) await write(output);
 */
export async function* mapOrdered<T, R>(
  items: AsyncIterable<T>,
  window: number,
  task: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for await (const item of items) {
    pending.push(task(item));
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
