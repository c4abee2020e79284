import { browser } from 'wxt/browser';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Chromium can run a toolbar or menu handler a few milliseconds before the activeTab grant reaches
 * `scripting`, which then refuses with "Cannot access contents of the page". Retry that one error briefly.
 */
async function withActiveTabRetry<T>(run: () => Promise<T>, tries = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= tries || !/Cannot access contents of the page/.test(String((error as Error)?.message))) throw error;
      await sleep(25 * attempt);
    }
  }
}

/** Runs the extractor in the tab's top frame and returns the script's result (its typed reply). */
export async function injectExtractor(tabId: number): Promise<unknown> {
  const [injection] = await withActiveTabRetry(() => browser.scripting.executeScript({ target: { tabId }, files: ['/extractor.js'] }));
  if (!injection) throw new Error('The extractor returned nothing');
  return injection.result;
}
