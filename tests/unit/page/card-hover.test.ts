import { describe, expect, it } from 'vitest';
import { createCardHover, HOVER_GRACE_MS } from '../../../lib/page/card-hover';

/** A hover over a hand-driven clock: what the card shows, and the pending timers. */
function setUp() {
  const log: string[] = [];
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 1;
  const hover = createCardHover({
    show: (i) => log.push(`show ${i}`),
    leave: () => log.push('leave'),
    setTimer: (run, ms) => (timers.set(next, { at: now + ms, run }), next++),
    clearTimer: (t) => timers.delete(t),
  });
  const wait = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers]) {
      if (t.at > now) continue;
      timers.delete(id);
      t.run();
    }
  };
  return { hover, log, wait };
}

describe('the card on hover', () => {
  it('shows a finding once while the pointer stays on it', () => {
    const { hover, log } = setUp();
    hover.pointerAt(2);
    hover.pointerAt(2);
    expect(log).toEqual(['show 2']);
  });

  it('stays when the pointer crosses the gap onto the card within the grace delay', () => {
    const { hover, log, wait } = setUp();
    hover.pointerAt(0);
    hover.pointerAt(null);
    wait(HOVER_GRACE_MS - 50);
    hover.pointerOnCard();
    wait(5000);
    expect(log).toEqual(['show 0']);
  });

  it('goes once the pointer has left the finding and the card for the grace delay', () => {
    const { hover, log, wait } = setUp();
    hover.pointerAt(0);
    hover.pointerOnCard();
    hover.pointerAt(null);
    wait(HOVER_GRACE_MS - 1);
    expect(log).toEqual(['show 0']);
    wait(1);
    expect(log).toEqual(['show 0', 'leave']);
  });

  it('moves to another finding once the pointer rests on it for the grace delay', () => {
    const { hover, log, wait } = setUp();
    hover.pointerAt(0);
    hover.pointerAt(null);
    hover.pointerAt(3);
    wait(HOVER_GRACE_MS - 1);
    hover.pointerAt(3);
    expect(log).toEqual(['show 0']);
    wait(1);
    expect(log).toEqual(['show 0', 'show 3']);
  });

  it('stays when the pointer crosses the next line’s finding on its way to the card', () => {
    const { hover, log, wait } = setUp();
    hover.pointerAt(0);
    hover.pointerAt(1);
    wait(HOVER_GRACE_MS / 2);
    hover.pointerOnCard();
    wait(5000);
    expect(log).toEqual(['show 0']);
  });

  it('Esc hides it until the pointer moves to another finding', () => {
    const { hover, log } = setUp();
    hover.pointerAt(1);
    expect(hover.dismiss()).toBe(true);
    hover.pointerAt(1);
    expect(log).toEqual(['show 1']);
    hover.pointerAt(null);
    hover.pointerAt(1);
    expect(log).toEqual(['show 1', 'show 1']);
    expect(setUp().hover.dismiss()).toBe(false);
  });

  it('after a reset (the keyboard took the card) never hides it later', () => {
    const { hover, log, wait } = setUp();
    hover.pointerAt(1);
    hover.pointerAt(null);
    hover.reset();
    wait(5000);
    expect(log).toEqual(['show 1']);
  });
});
