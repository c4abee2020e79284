import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/settings';
import { loadSettings, onSettingsChange } from '@/utils/extension/settings-store';

/** The user's settings, kept current when another page changes them; null until loaded. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let alive = true;
    void loadSettings().then((loaded) => alive && setSettings(loaded));
    const stop = onSettingsChange((next) => setSettings(next));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return settings;
}
