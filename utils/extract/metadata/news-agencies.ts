/**
 * News agencies that sign datelines, with the names their own sites use. An agency's code in a dateline
 * names the item's source, except on the agency's own site.
 */

import { foldKey } from '../../text/fold-key';
import { siteHost } from '../page-url';

interface Agency {
  codes: string[];
  names: string[];
  hosts: string[];
}

const AGENCIES: Agency[] = [
  { codes: ['AA', 'الأناضول'], names: ['Anadolu Ajansı', 'Anadolu Agency', 'وكالة الأناضول'], hosts: ['aa.com.tr'] },
  { codes: ['DHA'], names: ['Demirören Haber Ajansı'], hosts: ['dha.com.tr'] },
  { codes: ['İHA', 'IHA'], names: ['İhlas Haber Ajansı'], hosts: ['iha.com.tr'] },
  { codes: ['ANKA'], names: ['ANKA Haber Ajansı'], hosts: ['ankahaber.net'] },
  { codes: ['واس'], names: ['وكالة الأنباء السعودية', 'Saudi Press Agency'], hosts: ['spa.gov.sa'] },
  { codes: ['بترا'], names: ['وكالة الأنباء الأردنية', 'Jordan News Agency'], hosts: ['petra.gov.jo'] },
  { codes: ['سانا'], names: ['الوكالة العربية السورية للأنباء'], hosts: ['sana.sy'] },
  { codes: ['أ ش أ', 'أ.ش.أ'], names: ['وكالة أنباء الشرق الأوسط'], hosts: ['mena.org.eg'] },
  { codes: ['قنا'], names: ['وكالة الأنباء القطرية'], hosts: ['qna.org.qa'] },
  { codes: ['كونا'], names: ['وكالة الأنباء الكويتية'], hosts: ['kuna.net.kw'] },
  { codes: ['وام'], names: ['وكالة أنباء الإمارات'], hosts: ['wam.ae'] },
  { codes: ['بنا'], names: ['وكالة أنباء البحرين'], hosts: ['bna.bh'] },
  { codes: ['العمانية'], names: ['وكالة الأنباء العمانية'], hosts: ['omannews.gov.om'] },
  { codes: ['الوطنية'], names: ['الوكالة الوطنية للإعلام'], hosts: ['nna-leb.gov.lb'] },
];

/**
 * The source an agency code stands for on this page: the code as written, or null when the page is the
 * agency's own site (its items are originals, not republished).
 */
export function agencySource(code: string | null, pageUrl: string, siteName: string | null): string | null {
  if (!code) return null;
  const key = foldKey(code);
  const agency = AGENCIES.find((a) => a.codes.some((c) => foldKey(c) === key));
  const host = siteHost(pageUrl);
  const siteKey = siteName ? foldKey(siteName) : '';
  const hasPhrase = (text: string, phrase: string) => ` ${text} `.includes(` ${phrase} `);
  if (siteKey && hasPhrase(siteKey, key)) return null;
  if (agency) {
    if (host && agency.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return null;
    if (siteKey && agency.names.some((n) => hasPhrase(siteKey, foldKey(n)))) return null;
  }
  return code;
}
