// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CARD_TAG, createFindingCard } from '../../../lib/page/finding-card';

const about = { title: 'Judgement', detail: 'Overall effectiveness: good' } as never;
const rect = () => new DOMRect(10, 10, 100, 20);
const hosts = () => document.querySelectorAll(CARD_TAG);

describe('the finding card', () => {
  it('comes back when a page script removed it, and only when it is next shown (no loop on a page that keeps removing it)', () => {
    const card = createFindingCard(document);
    card.show(about, rect());
    hosts()[0]!.remove();
    expect(hosts()).toHaveLength(0);
    card.show(about, rect());
    expect(hosts()).toHaveLength(1);
    expect(card.isOwnNode(hosts()[0]!)).toBe(true);
    // The page keeps removing it: nothing re-adds it until the next show.
    hosts()[0]!.remove();
    card.hide();
    expect(hosts()).toHaveLength(0);
    card.layer();
    expect(hosts()).toHaveLength(1);
    card.destroy();
    expect(hosts()).toHaveLength(0);
  });
});
