import type { Warning } from '../plan-types.js';

/** A warning plus the local day it is about (null: the whole week), used only for ordering. */
export interface Finding extends Warning {
  date: string | null;
}
