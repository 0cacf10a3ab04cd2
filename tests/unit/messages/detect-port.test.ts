// The detection port carries two kinds of message each way between the background and Chrome's
// offscreen document; each must parse as its own kind only (a job read as settings was never run).
import { describe, expect, it } from 'vitest';
import { DetectJob, DetectJobReply, DetectOutcome, DetectSettings } from '../../../lib/messages/contracts';

const findings = { document: null, judgements: [], recommendations: [] };
const samples = {
  job: { id: 1, text: 'Overall effectiveness: good', budgetMs: 5000 },
  settings: { settings: { budgetMs: null } },
  reply: { id: 1, error: 'stopped' },
  outcome: { outcome: { found: true, tabId: 3, frameId: 0, url: 'https://council.gov.uk/paper' } },
};
/** What each end reads: the offscreen document jobs and settings, the background replies and outcomes. */
const ends = [
  { job: DetectJob, settings: DetectSettings },
  { reply: DetectJobReply, outcome: DetectOutcome },
];

describe('messages over the detection port', () => {
  it('at each end, each kind parses as itself and as no other kind', () => {
    for (const kinds of ends)
      for (const name of Object.keys(kinds))
        for (const [kind, schema] of Object.entries(kinds))
          expect(schema.safeParse(samples[name as keyof typeof samples]).success, `${name} as ${kind}`).toBe(name === kind);
  });

  it('a reply with findings is still a reply, not an outcome', () => {
    expect(DetectOutcome.safeParse({ id: 2, findings }).success).toBe(false);
  });
});
