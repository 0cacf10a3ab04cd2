// Runs axe-core on a rendered component and returns the rule ids it flags (empty is good).
import axe from 'axe-core';

export async function axeViolations(container: Element): Promise<string[]> {
  // Colour contrast needs real layout, which happy-dom does not do; the e2e screenshots cover it.
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}
