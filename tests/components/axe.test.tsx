// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { axeViolations } from './axe';

afterEach(cleanup);

it('the accessibility check really flags problems here', async () => {
  const { container } = render(
    <div>
      <button type="button" />
      <input type="text" />
    </div>,
  );
  const violations = await axeViolations(container);
  expect(violations.some((v) => v.startsWith('button-name'))).toBe(true);
  expect(violations.some((v) => v.startsWith('label'))).toBe(true);
});
