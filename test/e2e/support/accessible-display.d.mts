export interface AccessibleDisplay {
  display: string;
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export function startAccessibleDisplay(options?: { width?: number; height?: number; timeoutMs?: number }): Promise<AccessibleDisplay>;
