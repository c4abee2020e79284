import type { MessageKey } from '@/utils/i18n/messages-en';
import type { Settings } from '@/utils/settings/settings';

/** The interface text naming each reader theme. */
export const THEME_LABELS: Record<Settings['theme'], MessageKey> = { light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark' };
