// A progress line for the batch `detect` on a terminal's stderr; redrawn in place, and cleared
// before any other line is written so refusals stay readable. Never used when stderr is a file
// or a pipe (scripts and logs get only the refusal lines).
import type { WriteStream } from 'node:tty';

const WIDTH = 30;

export interface ProgressBar {
  /** Redraws the bar after `done` of `total` files. */
  update(done: number): void;
  /** Writes one whole line above the bar. */
  line(text: string): void;
  /** Removes the bar. */
  end(): void;
}

/** A bar on `stream` for `total` files, or null when `stream` is not a terminal. */
export function progressBar(stream: NodeJS.WriteStream, total: number): ProgressBar | null {
  if (!stream.isTTY) return null;
  const tty = stream as WriteStream;
  const started = Date.now();
  let shown = 0;
  const draw = () => {
    const filled = Math.round((WIDTH * shown) / Math.max(1, total));
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? (shown / seconds).toFixed(1) : '0.0';
    tty.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${shown}/${total} files, ${rate}/s\x1b[K`);
  };
  const clear = () => tty.write('\r\x1b[K');
  draw();
  return {
    update(done) {
      shown = done;
      draw();
    },
    line(text) {
      clear();
      tty.write(text + '\n');
      draw();
    },
    end: clear,
  };
}
