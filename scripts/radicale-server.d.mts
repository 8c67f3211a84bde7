export const RADICALE_PYTHON: string;
export function hasRadicale(): boolean;
export interface RadicaleServer {
  url: string;
  username: string;
  password: string;
  storage: string;
  requests(): string[];
  log(): string;
  stop(): Promise<void>;
}
export function startRadicale(options?: { username?: string; password?: string }): Promise<RadicaleServer>;
