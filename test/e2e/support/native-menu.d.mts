export interface MenuItem {
  label: string;
  name: string;
  enabled: boolean;
  selected: boolean;
  focused: boolean;
  submenu: boolean;
  expanded: boolean;
}

export function listOpenMenu(env: NodeJS.ProcessEnv): Promise<Array<{ app: string; items: MenuItem[] }>>;
export function chooseContextMenuItem(options: { env: NodeJS.ProcessEnv; label: string; submenu?: string; timeoutMs?: number }): Promise<{ path: string[]; ms: number }>;
export function closeOpenMenus(env: NodeJS.ProcessEnv, timeoutMs?: number): Promise<void>;
