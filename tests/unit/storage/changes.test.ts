import { describe, expect, it } from 'vitest';
import { announceStoreChange, onStoreChange } from '../../../lib/storage/changes';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('store change announcements', () => {
  it('are heard by every listener, except one that gave the announcing page as itself', async () => {
    const heard: string[] = [];
    const stops = [
      onStoreChange(() => heard.push('any')),
      onStoreChange(() => heard.push('panel-a'), 'panel-a'),
      onStoreChange(() => heard.push('panel-b'), 'panel-b'),
    ];
    announceStoreChange('panel-a');
    await settle();
    expect(heard.sort()).toEqual(['any', 'panel-b']);
    heard.length = 0;
    announceStoreChange();
    await settle();
    expect(heard.sort()).toEqual(['any', 'panel-a', 'panel-b']);
    stops.forEach((stop) => stop());
  });
});
