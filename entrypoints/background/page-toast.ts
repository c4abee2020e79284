import { browser } from 'wxt/browser';

export type ToastTone = 'success' | 'info' | 'error';

/**
 * Runs inside the page (serialised by `executeScript`, so it must not close over anything). The message
 * is set as text in a closed shadow root, styled through the CSSOM (which page CSPs do not block), and
 * removed after a few seconds.
 */
function showToastInPage(text: string, tone: ToastTone, dir: string, lang: string): void {
  const HOST_ID = 'katib-toast-host';
  document.getElementById(HOST_ID)?.remove();
  const host = document.createElement('div');
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', tone === 'error' ? 'alert' : 'status');
  box.dir = dir;
  box.lang = lang;
  box.textContent = text;
  const colours = { success: '#1f6f43', info: '#264a73', error: '#8a1c1c' } as const;
  Object.assign(host.style, { all: 'initial', position: 'fixed', zIndex: '2147483647', insetBlockStart: '16px', insetInlineEnd: '16px' });
  Object.assign(box.style, {
    maxWidth: '420px',
    padding: '12px 16px',
    borderRadius: '8px',
    background: colours[tone],
    color: '#fff',
    font: '15px/1.5 system-ui, "Noto Sans Arabic", "Segoe UI", Tahoma, sans-serif',
    boxShadow: '0 4px 18px rgba(0,0,0,.25)',
    unicodeBidi: 'plaintext',
    cursor: 'pointer',
  });
  box.addEventListener('click', () => host.remove());
  root.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), tone === 'error' ? 8000 : 4500);
}

/** Shows a short message on the page; resolves to false where the page cannot be scripted. */
export async function showPageToast(tabId: number, text: string, tone: ToastTone, dir: 'rtl' | 'ltr', lang: string): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: showToastInPage, args: [text, tone, dir, lang] });
    return true;
  } catch {
    return false;
  }
}
