import { parentPort } from 'node:worker_threads';
import type { ReplyMessage, TaskMessage } from './worker-pool.js';

/**
 * Answers a {@link WorkerPool}'s tasks in a worker thread's entry: each task's input goes to
 * `handle`, and its return value, or the message of what it threw, goes back as the reply. Does
 * nothing outside a worker thread.
 *
 * @param handle turns one task's input into its output; may throw
 * @param warmUp run once before the worker says it is ready, to load what `handle` needs (the
 *   language model), so that loading does not count against a task's time limit
 * @example
 * serveTasks(({ id, text }: { id: string; text: string }) => render(id, analyzeArticle(text)));
 */
export function serveTasks<Input, Output>(
  handle: (input: Input) => Output,
  warmUp?: () => void,
): void {
  const port = parentPort;
  if (!port) return;
  try {
    warmUp?.();
  } catch {
    // A warm-up that fails will fail again on the first task, which reports it.
  }
  port.postMessage({ ready: true } satisfies ReplyMessage<Output>);
  port.on('message', ({ seq, input }: TaskMessage<Input>) => {
    let reply: ReplyMessage<Output>;
    try {
      reply = { seq, output: handle(input) };
    } catch (error) {
      // One article the library fails on must not stop the other thousands.
      reply = { seq, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
