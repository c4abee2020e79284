/** Browser glue: typed requests from an extension page to the background. */

import { browser } from 'wxt/browser';
import type { ReplyOf, Request } from '../messaging/protocol';

/** Sends a request to the background and returns its typed reply. */
export async function ask<R extends Request>(request: R): Promise<ReplyOf[R['type']]> {
  return (await browser.runtime.sendMessage(request)) as ReplyOf[R['type']];
}
