// Whether an element takes its colour from the theme: its computed background next to a theme variable's value,
// both as the browser resolves them (so "#222a35" and "rgb(34, 42, 53)" compare equal).
import type { Page } from 'playwright-core';

export async function backgroundAndToken(
  page: Page,
  selector: string,
  token: string,
): Promise<{ background: string; token: string }> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, name) => {
      const probe = document.createElement('div');
      probe.style.backgroundColor = getComputedStyle(document.documentElement).getPropertyValue(name);
      document.body.append(probe);
      const resolved = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return { background: getComputedStyle(el).backgroundColor, token: resolved };
    }, token);
}
