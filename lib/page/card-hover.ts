// The card shown by the pointer stays while the pointer is over its finding or over the card itself,
// so its text can be read, selected and reached with the mouse (WCAG 2.2, 1.4.13 content on hover:
// hoverable, dismissible, persistent). Crossing the gap between a finding and its card takes a
// moment with no finding under the pointer, so hiding waits a short grace delay.

/** How long the card waits, after the pointer leaves its finding, for the pointer to reach it (ms). */
export const HOVER_GRACE_MS = 400;

export interface CardHover {
  /** The pointer is over finding `position`, or over no finding and not the card (null). */
  pointerAt(position: number | null): void;
  /** The pointer is over the card: it stays. */
  pointerOnCard(): void;
  /** Esc: hides a card the pointer showed, until the pointer moves to another finding. True if one was shown. */
  dismiss(): boolean;
  /** The keyboard, a scroll or new findings took over the card: forget the pointer's card. */
  reset(): void;
}

export interface CardHoverActions {
  show(position: number): void;
  /** the pointer's card is gone: show the keyboard's finding again, or hide the card */
  leave(): void;
  setTimer(run: () => void, ms: number): number;
  clearTimer(timer: number): void;
}

/** The pointer's card; `actions` draws it. Time is the caller's (window timers, or a test's). Once a
 * card is shown, the pointer must rest on something else for the grace delay before it changes:
 * on its way to the card the pointer may cross the gap, or the next line's finding under the card. */
export function createCardHover(actions: CardHoverActions): CardHover {
  let shown: number | null = null;
  let dismissed: number | null = null;
  let timer = 0;
  let target: number | null = null;
  const stopTimer = () => {
    if (timer) actions.clearTimer(timer);
    timer = 0;
  };
  const moveTo = (position: number | null) => {
    stopTimer();
    shown = position;
    if (position === null) actions.leave();
    else actions.show(position);
  };
  return {
    pointerAt(position) {
      if (position === null) dismissed = null;
      if (shown === null) {
        if (position !== null && position !== dismissed) moveTo(position);
        return;
      }
      if (position === shown) return stopTimer();
      if (timer && target === position) return;
      stopTimer();
      target = position;
      timer = actions.setTimer(() => moveTo(target), HOVER_GRACE_MS);
    },
    pointerOnCard() {
      stopTimer();
    },
    dismiss() {
      stopTimer();
      if (shown === null) return false;
      dismissed = shown;
      shown = null;
      return true;
    },
    reset() {
      stopTimer();
      shown = dismissed = null;
    },
  };
}
