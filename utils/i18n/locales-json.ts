/**
 * The catalogs in the browser's `_locales/<lang>/messages.json` format, written at build time. The
 * manifest's name, description and command texts come from there (`__MSG_key__`); the pages use the
 * catalogs directly so that the user can pick an interface language other than the browser's.
 */

import { isPlural, type Message } from './catalog';

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

function toChromeMessage(text: string): ChromeMessage {
  const names: string[] = [];
  // `$` starts a placeholder in this format, so a literal one is doubled first.
  const message = text.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_whole, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${name}$`;
  });
  if (!names.length) return { message };
  return { message, placeholders: Object.fromEntries(names.map((name, i) => [name, { content: `$${i + 1}` }])) };
}

/** One catalog as `messages.json` content; plural forms become `key_one`, `key_other`, … */
export function toLocaleMessages(catalog: Readonly<Record<string, Message>>): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const [key, value] of Object.entries(catalog)) {
    if (!isPlural(value)) {
      out[key] = toChromeMessage(value);
      continue;
    }
    for (const [form, text] of Object.entries(value)) if (text !== undefined) out[`${key}_${form}`] = toChromeMessage(text);
  }
  return out;
}
