import type { Page } from 'puppeteer-core';

/**
 * Where to right-click for the page's context menu: the middle of the first long paragraph, away from
 * links and images, so that the menu is the page's own and not a link's.
 */
export async function paragraphPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    const candidates = [...document.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length > 80 && !p.closest('a'));
    for (const p of candidates) {
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(p);
      for (const rect of range.getClientRects()) {
        const x = Math.round(rect.left + Math.min(rect.width / 2, 60));
        const y = Math.round(rect.top + rect.height / 2);
        const hit = document.elementFromPoint(x, y);
        if (rect.width > 40 && hit && !hit.closest('a, img, button, input') && p.contains(hit)) return { x, y };
      }
    }
    return null;
  });
  if (!point) throw new Error('no plain paragraph to right-click on');
  return point;
}

/** The middle of the element `selector` selects, scrolled into view. */
export async function elementPoint(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return null;
    element.scrollIntoView({ block: 'center' });
    const rect = element.getBoundingClientRect();
    return { x: Math.round(rect.left + Math.min(rect.width / 2, 40)), y: Math.round(rect.top + rect.height / 2) };
  }, selector);
  if (!point) throw new Error(`nothing matches ${selector}`);
  return point;
}
